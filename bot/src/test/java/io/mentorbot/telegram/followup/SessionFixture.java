package io.mentorbot.telegram.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Slots and bookings written straight into the tables, for set-ups that do not test booking itself. */
final class SessionFixture {

    private SessionFixture() {
    }

    /** Removes the Quartz jobs of earlier tests' bookings. */
    static void forgetPlannedJobs(Scheduler scheduler) throws SchedulerException {
        scheduler.deleteJobs(new ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupStartsWith("booking-"))));
    }

    static long slot(JdbcClient jdbc, long mentorId, Instant start) {
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)))
                .query(Long.class).single();
    }

    static long confirmedBooking(JdbcClient jdbc, long slotId, long studentId) {
        jdbc.sql("UPDATE slots SET status = 'BOOKED' WHERE id = ?").param(slotId).update();
        return jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, confirmed_at) VALUES (?, ?, 'CONFIRMED', now())
                RETURNING id
                """).params(slotId, studentId).query(Long.class).single();
    }
}
