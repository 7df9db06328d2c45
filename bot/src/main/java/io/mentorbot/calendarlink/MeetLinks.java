package io.mentorbot.calendarlink;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.calendar.CalendarEventMirrored;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers which booking's Meet link both sides have been told, so each link is told once. */
@Component
public class MeetLinks {

    private static final Pattern BOOKING_KEY = Pattern.compile("booking-(\\d+)");

    private final JdbcClient jdbc;

    MeetLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The booking whose new Meet link should be told now: empty when the mirrored event has no link, is not a
     * booking's, or its link was told already. Claimed with one conditional statement, so two instances never
     * both tell it.
     */
    public Optional<Long> claimNewLink(CalendarEventMirrored event) {
        Matcher key = BOOKING_KEY.matcher(event.eventKey());
        if (event.meetLink() == null || !key.matches()) {
            return Optional.empty();
        }
        long bookingId = Long.parseLong(key.group(1));
        return jdbc.sql("""
                INSERT INTO booking_meet_links (booking_id, link)
                SELECT id, :link FROM bookings WHERE id = :booking
                ON CONFLICT (booking_id) DO UPDATE SET link = excluded.link, told_at = now()
                 WHERE booking_meet_links.link <> excluded.link
                RETURNING booking_id
                """).param("link", event.meetLink()).param("booking", bookingId).query(Long.class).optional();
    }
}
