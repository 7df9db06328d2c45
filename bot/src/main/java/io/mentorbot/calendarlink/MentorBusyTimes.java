package io.mentorbot.calendarlink;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mentorbot.calendar.BusyTimes;
import io.mentorbot.calendar.Interval;
import org.springframework.stereotype.Component;

/**
 * A mentor's busy times from their Google Calendar, for hiding slots that clash with private appointments. Advice
 * only: without calendar sync, without a working connection or when Google does not answer, nothing is busy.
 */
@Component
public class MentorBusyTimes {

    /** Busy spans of one mentor in a window. */
    public record Busy(List<Interval> intervals) {

        static final Busy NONE = new Busy(List.of());

        /** Whether {@code [start, end)} overlaps a busy span. */
        public boolean clashes(Instant start, Instant end) {
            return intervals.stream().anyMatch(interval -> interval.overlaps(start, end));
        }

        public boolean isEmpty() {
            return intervals.isEmpty();
        }
    }

    /** Null without calendar sync; resolved once (a lookup per call cost a bean factory search on every screen). */
    private final BusyTimes busyTimes;

    MentorBusyTimes(Optional<BusyTimes> busyTimes) {
        this.busyTimes = busyTimes.orElse(null);
    }

    /** The mentor's busy spans overlapping {@code [from, to)} (possibly cached for a short while). */
    public Busy between(long mentorId, Instant from, Instant to) {
        return busyTimes == null ? Busy.NONE : new Busy(busyTimes.busy(mentorId, from, to));
    }

    /** Which of the mentors have a Google Calendar connection, in one statement; none without calendar sync. */
    public Set<Long> withCalendar(Collection<Long> mentorIds) {
        return busyTimes == null ? Set.of() : busyTimes.connectedAmong(mentorIds);
    }

    /** Asks Google now, for the moment of booking: true unless the calendar holds something in {@code [start, end)}. */
    public boolean isFree(long mentorId, Instant start, Instant end) {
        return busyTimes == null || busyTimes.isFree(mentorId, start, end);
    }
}
