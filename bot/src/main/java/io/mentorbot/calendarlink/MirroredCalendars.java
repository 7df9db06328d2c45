package io.mentorbot.calendarlink;

import java.util.Optional;

import io.mentorbot.calendar.CalendarMirror;
import org.springframework.stereotype.Component;

/**
 * Whether a mentor's sessions reach their Google Calendar through the mirror ({@link BookingMirror}): they have a
 * calendar connection, working or broken (a broken one keeps its changes until they connect again). Such a mentor's
 * calendar already holds every session as its own event, so a calendar file of the same session would only add a
 * second copy when imported.
 */
@Component
public class MirroredCalendars {

    /** Null without calendar sync: then nobody's calendar is mirrored. */
    private final CalendarMirror mirror;

    MirroredCalendars(Optional<CalendarMirror> mirror) {
        this.mirror = mirror.orElse(null);
    }

    /** Whether the mentor's sessions are mirrored into their Google Calendar. */
    public boolean mirrorsSessionsOf(long mentorId) {
        return mirror != null && mirror.mirrors(mentorId);
    }
}
