package io.mentorbot.reviews;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records whether a confirmed session took place: one conditional update of the booking (CONFIRMED, ended, of this
 * mentor) to COMPLETED or NO_SHOW, so a double press or two instances change it once; the change is announced as
 * {@link SessionOutcomeRecorded} inside its transaction.
 */
@Service
public class SessionOutcomes {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SessionOutcomes(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Attendance decide(long bookingId, long mentorId, boolean held) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("""
                        UPDATE bookings b SET status = :status, updated_at = :now, completed_at = :now
                          FROM slots s
                         WHERE b.id = :booking AND s.id = b.slot_id AND s.mentor_id = :mentor
                           AND b.status = 'CONFIRMED' AND s.ends_at <= :now
                        """)
                .param("status", held ? "COMPLETED" : "NO_SHOW").param("now", now)
                .param("booking", bookingId).param("mentor", mentorId).update();
        if (changed == 1) {
            events.publishEvent(new SessionOutcomeRecorded(bookingId, mentorId, held));
            return held ? Attendance.COMPLETED : Attendance.NO_SHOW;
        }
        return jdbc.sql("""
                        SELECT CASE WHEN s.ends_at > :now AND b.status = 'CONFIRMED' THEN 'NOT_ENDED'
                                    ELSE 'ALREADY_DECIDED' END
                          FROM bookings b JOIN slots s ON s.id = b.slot_id
                         WHERE b.id = :booking AND s.mentor_id = :mentor
                        """)
                .param("now", now).param("booking", bookingId).param("mentor", mentorId)
                .query(String.class).optional().map(Attendance::valueOf).orElse(Attendance.NOT_YOURS);
    }
}
