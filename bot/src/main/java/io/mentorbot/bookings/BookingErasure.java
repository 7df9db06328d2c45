package io.mentorbot.bookings;

import static io.mentorbot.bookings.BookingRows.ACTIVE;
import static io.mentorbot.bookings.BookingRows.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.mentorbot.accounts.AccountErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What bookings keep about a person who erases their account: their free slots are withdrawn and their sessions
 * that have not ended are cancelled (a session cannot take place with a deleted account), each announced as
 * {@link BookingCancelled} by {@code STUDENT_ERASED} or {@code MENTOR_ERASED} so that the other side is told and reminders and calendar events
 * go; and the notes and cancellation reasons of all their bookings, as student or as mentor, are forgotten. In the
 * erasing transaction.
 */
@Component
class BookingErasure {

    private record Cancelled(long bookingId, long slotId, boolean byMentor, BookingStatus previousStatus) {
    }

    private final JdbcClient jdbc;
    private final BookingStore bookings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BookingErasure(JdbcClient jdbc, BookingStore bookings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(AccountErased event) {
        long account = event.accountId();
        Instant now = clock.instant();
        // First the free slots of a mentor who leaves: a booking racing this erasure either took its slot before
        // (this statement waits for it, and the next one, reading afresh, cancels that booking) or finds it gone.
        jdbc.sql("""
                        UPDATE slots SET status = 'CANCELLED', updated_at = :now
                         WHERE mentor_id = :account AND status = 'FREE' AND starts_at > :now
                        """)
                .param("now", utc(now)).param("account", account).update();
        List<Cancelled> cancelled = jdbc.sql("""
                        UPDATE bookings b SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :account,
                               cancel_reason = NULL, updated_at = :now
                          FROM slots s, bookings old
                         WHERE s.id = b.slot_id AND old.id = b.id AND b.status IN
                        """ + ACTIVE + """
                           AND s.ends_at > :now AND (b.student_id = :account OR s.mentor_id = :account)
                        RETURNING b.id, b.slot_id, s.mentor_id = :account AS by_mentor, old.status AS previous_status
                        """)
                .param("now", utc(now)).param("account", account)
                .query((rs, n) -> new Cancelled(rs.getLong("id"), rs.getLong("slot_id"), rs.getBoolean("by_mentor"),
                        BookingStatus.valueOf(rs.getString("previous_status"))))
                .list();
        for (Cancelled booking : cancelled) {
            // A student's slot is free for others again; the slot of a mentor who left goes with the booking.
            bookings.release(booking.slotId(), booking.byMentor() ? "CANCELLED" : "FREE", now);
            events.publishEvent(new BookingCancelled(booking.bookingId(),
                    booking.byMentor() ? BookingCancelled.By.MENTOR_ERASED : BookingCancelled.By.STUDENT_ERASED,
                    account, null, booking.previousStatus()));
        }
        jdbc.sql("""
                UPDATE bookings b SET note = NULL, cancel_reason = NULL
                 WHERE (b.note IS NOT NULL OR b.cancel_reason IS NOT NULL)
                   AND (b.student_id = :account OR b.slot_id IN (SELECT id FROM slots WHERE mentor_id = :account))
                """).param("account", account).update();
    }
}
