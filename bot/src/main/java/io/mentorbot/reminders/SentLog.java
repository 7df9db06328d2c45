package io.mentorbot.reminders;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code reminders_sent}: one row per booking and kind, claimed in the transaction that queues the message. The
 * primary key decides which of two firings of one job queues it; a claim whose message could not be queued rolls
 * back with it, so a retry cannot queue twice.
 */
@Repository
class SentLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    SentLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this caller now owns the message; false when it was claimed (or sent) already. */
    boolean claim(long bookingId, String kind) {
        return jdbc.sql("INSERT INTO reminders_sent (booking_id, kind, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(bookingId, kind, now()).update() == 1;
    }

    void sent(long bookingId, String kind) {
        jdbc.sql("UPDATE reminders_sent SET sent_at = ? WHERE booking_id = ? AND kind = ?")
                .params(now(), bookingId, kind).update();
    }

    /** Forgets the reminders of a booking's old time (it moved: the new time deserves its own). */
    void forgetReminders(long bookingId) {
        jdbc.sql("DELETE FROM reminders_sent WHERE booking_id = ? AND kind LIKE 'remind-%'").param(bookingId).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
