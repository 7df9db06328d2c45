package io.mentorbot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The planned messages of each session, as rows of {@code session_notices} written in the caller's transaction (so
 * the plan commits or rolls back with the booking change); {@link NoticeSweepJob} sends them when they come due.
 *
 * <p>Earlier versions planned one Quartz job per message, in a job group per booking ({@code booking-<id>}). Such
 * jobs left in the store still run ({@link SessionJob}) and are removed with their booking's plan; whether any are
 * left is asked once, so a store without them costs nothing.
 */
@Component
class SessionSchedule {

    private final JdbcClient jdbc;
    private final Scheduler scheduler;
    private volatile Boolean legacyJobs;

    SessionSchedule(JdbcClient jdbc, Scheduler scheduler) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
    }

    /** Plans the message for {@code at}, replacing the same message's earlier plan (and its attempt count). */
    void schedule(PlannedNotice notice, Instant at) {
        jdbc.sql("""
                INSERT INTO session_notices (booking_id, name, lead_minutes, starts_at, attempt, due_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (booking_id, name) DO UPDATE SET lead_minutes = excluded.lead_minutes,
                       starts_at = excluded.starts_at, attempt = excluded.attempt, due_at = excluded.due_at
                """).params(row(notice, at)).update();
    }

    /**
     * Makes the booking's plan exactly {@code plan} (message and when), in one statement: messages not in it are
     * removed, the others written afresh (with their attempt counts). An empty plan removes them all.
     */
    void replace(long bookingId, Map<PlannedNotice, Instant> plan) {
        if (plan.isEmpty()) {
            clear(bookingId);
            return;
        }
        List<Object> params = new ArrayList<>();
        params.add(bookingId);
        params.add(plan.keySet().stream().map(PlannedNotice::name).toArray(String[]::new));
        StringJoiner rows = new StringJoiner(", ");
        plan.forEach((notice, at) -> {
            rows.add("(?, ?, ?, ?, ?, ?)");
            params.addAll(row(notice, at));
        });
        jdbc.sql("""
                WITH gone AS (DELETE FROM session_notices WHERE booking_id = ? AND NOT (name = ANY (?)))
                INSERT INTO session_notices (booking_id, name, lead_minutes, starts_at, attempt, due_at)
                VALUES %s
                ON CONFLICT (booking_id, name) DO UPDATE SET lead_minutes = excluded.lead_minutes,
                       starts_at = excluded.starts_at, attempt = excluded.attempt, due_at = excluded.due_at
                """.formatted(rows)).params(params).update();
        clearLegacyJobs(bookingId);
    }

    /** Removes every planned message of the booking. */
    void clear(long bookingId) {
        jdbc.sql("DELETE FROM session_notices WHERE booking_id = ?").param(bookingId).update();
        clearLegacyJobs(bookingId);
    }

    private void clearLegacyJobs(long bookingId) {
        if (hasLegacyJobs()) {
            call(() -> {
                List<JobKey> jobs = new ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group(bookingId))));
                return jobs.isEmpty() || scheduler.deleteJobs(jobs);
            });
        }
    }

    /** The message as planned, if it still is. */
    Optional<PlannedNotice> find(long bookingId, String name) {
        Optional<PlannedNotice> planned = jdbc.sql("""
                SELECT booking_id, lead_minutes, starts_at, attempt FROM session_notices
                 WHERE booking_id = ? AND name = ?
                """).params(bookingId, name).query((rs, n) -> notice(rs)).optional();
        if (planned.isPresent() || !hasLegacyJobs()) {
            return planned;
        }
        JobDetail job = call(() -> scheduler.getJobDetail(JobKey.jobKey(name, group(bookingId))));
        return Optional.ofNullable(job).map(detail -> notice(detail.getJobDataMap()));
    }

    /** Makes the message due now and has the sweep run (on Quartz's threads). */
    void fireNow(long bookingId, String name) {
        jdbc.sql("UPDATE session_notices SET due_at = now() WHERE booking_id = ? AND name = ?")
                .params(bookingId, name).update();
        call(() -> {
            scheduler.triggerJob(JobKey.jobKey(NoticeSweepJob.NAME, NoticeSweepJob.GROUP));
            return null;
        });
    }

    /** Messages that have come due (database time), oldest first. */
    List<PlannedNotice> due(int limit) {
        return jdbc.sql("""
                SELECT booking_id, lead_minutes, starts_at, attempt FROM session_notices
                 WHERE due_at <= now() ORDER BY due_at LIMIT ?
                """).param(limit).query((rs, n) -> notice(rs)).list();
    }

    /** Removes a message that has been run, unless it was planned again meanwhile (a retry, a new time). */
    void done(PlannedNotice notice) {
        jdbc.sql("""
                DELETE FROM session_notices
                 WHERE booking_id = ? AND name = ? AND attempt = ? AND starts_at = ? AND due_at <= now()
                """).params(notice.bookingId(), notice.name(), notice.attempt(), utc(notice.startsAt())).update();
    }

    private boolean hasLegacyJobs() {
        Boolean known = legacyJobs;
        if (known == null) {
            known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM qrtz_job_details WHERE job_group LIKE 'booking-%')")
                    .query(Boolean.class).single();
            legacyJobs = known;
        }
        return known;
    }

    private static PlannedNotice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
        int lead = rs.getInt("lead_minutes");
        boolean followUp = rs.wasNull();
        return new PlannedNotice(rs.getLong("booking_id"), followUp ? null : Duration.ofMinutes(lead),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("attempt"));
    }

    static PlannedNotice notice(JobDataMap data) {
        long lead = data.getLong("leadMinutes");
        return new PlannedNotice(data.getLong("booking"), lead < 0 ? null : Duration.ofMinutes(lead),
                Instant.ofEpochMilli(data.getLong("startsAt")), data.getInt("attempt"));
    }

    static String group(long bookingId) {
        return "booking-" + bookingId;
    }

    /** A message's {@code session_notices} values, in column order. */
    private static List<Object> row(PlannedNotice notice, Instant at) {
        return Arrays.asList(notice.bookingId(), notice.name(),
                notice.isFollowUp() ? null : (int) notice.lead().toMinutes(), utc(notice.startsAt()),
                notice.attempt(), utc(at));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
