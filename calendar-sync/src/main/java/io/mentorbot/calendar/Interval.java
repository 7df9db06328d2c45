package io.mentorbot.calendar;

import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}.
 *
 * @param start first instant inside
 * @param end   first instant after
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
    }

    /** Whether the two spans share any instant. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
