package io.mentorbot.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A session as it should appear in a mentor's calendar.
 *
 * @param ownerId       the mentor whose calendar holds it
 * @param eventKey      the caller's stable key for it, e.g. {@code "booking-42"}; the same key always means the
 *                      same Google event
 * @param title         event summary
 * @param description   event description, may be {@code null}
 * @param start         start instant
 * @param end           end instant, after {@code start}
 * @param attendeeEmail the student's e-mail to invite, or {@code null}
 * @param wantMeetLink  ask Google for a Meet link (honoured only when {@code mentorbot.calendar.meet-links} is on)
 */
public record MentorCalendarEvent(long ownerId, String eventKey, String title, String description, Instant start,
                                  Instant end, String attendeeEmail, boolean wantMeetLink) {

    public MentorCalendarEvent {
        requireKey(eventKey);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
    }

    static String requireKey(String eventKey) {
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
            throw new IllegalArgumentException("eventKey must be 1..200 characters: " + eventKey);
        }
        return eventKey;
    }
}
