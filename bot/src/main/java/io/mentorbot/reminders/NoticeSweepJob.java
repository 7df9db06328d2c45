package io.mentorbot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the planned session messages that have come due, every {@code mentorbot.reminders.sweep-interval} (10 s),
 * as one job in the clustered Quartz store: however many instances run, one sweep runs at a time. Each message is
 * run, then its row removed; a sweep that dies in between leaves the row, and the next one runs it again, which the
 * {@code reminders_sent} claims turn into nothing. Due while no instance ran: sent at the next start if still wanted.
 */
@DisallowConcurrentExecution
public class NoticeSweepJob implements Job {

    static final String NAME = "session-notices";
    static final String GROUP = "maintenance";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(NoticeSweepJob.class);

    private final SessionSchedule schedule;
    private final ReminderRunner runner;

    NoticeSweepJob(SessionSchedule schedule, ReminderRunner runner) {
        this.schedule = schedule;
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int ran = 0;
        List<PlannedNotice> due;
        do {
            due = schedule.due(BATCH);
            for (PlannedNotice notice : due) {
                runner.run(notice);
                schedule.done(notice);
                ran++;
            }
        } while (due.size() == BATCH && !Thread.currentThread().isInterrupted());
        if (ran > 0) {
            log.debug("Ran {} planned session message(s)", ran);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail sessionNoticesJob() {
            return JobBuilder.newJob(NoticeSweepJob.class).withIdentity(NAME, GROUP)
                    .withDescription("Sends the reminders and follow-ups that have come due")
                    .storeDurably().requestRecovery().build();
        }

        @Bean
        SimpleTrigger sessionNoticesTrigger(JobDetail sessionNoticesJob, ReminderSettings settings) {
            Duration every = settings.sweepInterval();
            return TriggerBuilder.newTrigger().forJob(sessionNoticesJob).withIdentity(NAME, GROUP)
                    .startAt(Date.from(Instant.now().plusSeconds(1)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
