package io.mentorbot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Quartz side: one job group per booking ({@code booking-<id>}), one job per planned message. Quartz's JDBC store
 * works on the application's DataSource, so these calls join the caller's transaction.
 */
@Component
class SessionSchedule {

    private static final Duration SOON = Duration.ofMinutes(1);

    private final Scheduler scheduler;

    SessionSchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(PlannedNotice notice, Instant at) {
        String name = notice.name() + (notice.attempt() > 1 ? "-retry-" + notice.attempt() : "");
        JobDataMap data = new JobDataMap();
        data.put("booking", notice.bookingId());
        data.put("leadMinutes", notice.isFollowUp() ? -1L : notice.lead().toMinutes());
        data.put("startsAt", notice.startsAt().toEpochMilli());
        data.put("attempt", notice.attempt());
        JobDetail job = JobBuilder.newJob(SessionJob.class).withIdentity(name, group(notice.bookingId()))
                .usingJobData(data).requestRecovery().build();
        // Due while no instance ran: fire as soon as one is back; the job itself drops what has become pointless.
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, group(notice.bookingId()))
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        call(() -> {
            try {
                // Without replacing, Quartz stores the pair without its cluster-wide lock (lockOnInsert is off).
                scheduler.scheduleJob(job, trigger);
            } catch (ObjectAlreadyExistsException planned) {
                scheduler.scheduleJob(job, Set.of(trigger), true); // replaces the job of the same name
            }
            return null;
        });
        if (at.isBefore(Instant.now().plus(SOON))) {
            wakeAfterCommit(trigger.getKey());
        }
    }

    /** Removes every job of the booking. */
    void clear(long bookingId) {
        call(() -> {
            List<JobKey> jobs = new ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group(bookingId))));
            // Deleting takes Quartz's cluster-wide trigger lock until commit: not for a booking with nothing planned.
            return jobs.isEmpty() || scheduler.deleteJobs(jobs);
        });
    }

    /** The job as it is stored, if it is still planned. */
    Optional<PlannedNotice> find(long bookingId, String name) {
        JobDetail job = call(() -> scheduler.getJobDetail(JobKey.jobKey(name, group(bookingId))));
        return Optional.ofNullable(job).map(detail -> notice(detail.getJobDataMap()));
    }

    /** Asks Quartz to fire the job now (on its own threads). */
    void fireNow(long bookingId, String name) {
        call(() -> {
            scheduler.triggerJob(JobKey.jobKey(name, group(bookingId)));
            return null;
        });
    }

    /**
     * Quartz wakes its scheduler thread when a job is scheduled, but inside our transaction the new trigger is not
     * visible yet, and the thread would sleep its idle wait (30 s). For a trigger due soon, nudge it after the commit.
     */
    private void wakeAfterCommit(TriggerKey key) {
        Runnable wake = () -> call(() -> {
            scheduler.resumeTrigger(key); // a no-op on a waiting trigger that signals the scheduler thread
            return null;
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.run();
                }
            });
        } else {
            wake.run();
        }
    }

    static PlannedNotice notice(JobDataMap data) {
        long lead = data.getLong("leadMinutes");
        return new PlannedNotice(data.getLong("booking"), lead < 0 ? null : Duration.ofMinutes(lead),
                Instant.ofEpochMilli(data.getLong("startsAt")), data.getInt("attempt"));
    }

    static String group(long bookingId) {
        return "booking-" + bookingId;
    }

    private interface QuartzCall<T> {
        T run() throws SchedulerException;
    }

    private static <T> T call(QuartzCall<T> call) {
        try {
            return call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz refused: " + e.getMessage(), e);
        }
    }
}
