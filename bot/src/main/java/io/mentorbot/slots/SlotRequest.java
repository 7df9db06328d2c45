package io.mentorbot.slots;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A mentor's request for new slots. Times are wall-clock times in the mentor's zone; every session lasts
 * {@code sessionMinutes}.
 *
 * @param mentorId       the mentor (users.id)
 * @param zone           the zone the times are meant in
 * @param sessionMinutes the length of one session, 10..480
 * @param times          when: one start, one day's range, or a weekly recurrence
 */
public record SlotRequest(long mentorId, ZoneId zone, int sessionMinutes, Times times) {

    public SlotRequest {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(times, "times");
    }

    /** One session starting at {@code start} on {@code day}. */
    public static SlotRequest single(long mentorId, ZoneId zone, int sessionMinutes, LocalDate day, LocalTime start) {
        return new SlotRequest(mentorId, zone, sessionMinutes, new Single(day, start));
    }

    /** Back-to-back sessions from {@code from} to {@code to} on {@code day}; a shorter remainder is dropped. */
    public static SlotRequest range(long mentorId, ZoneId zone, int sessionMinutes, LocalDate day, LocalTime from,
                                    LocalTime to) {
        return new SlotRequest(mentorId, zone, sessionMinutes, new Range(day, from, to));
    }

    /** The range {@code from}..{@code to} on each chosen weekday of {@code weeks} weeks starting at {@code firstDay}. */
    public static SlotRequest weekly(long mentorId, ZoneId zone, int sessionMinutes, Set<DayOfWeek> days,
                                     LocalTime from, LocalTime to, LocalDate firstDay, int weeks) {
        return new SlotRequest(mentorId, zone, sessionMinutes, new Weekly(days, from, to, firstDay, weeks));
    }

    /** The shapes a request can take. */
    public sealed interface Times permits Single, Range, Weekly {
    }

    /** One session. */
    public record Single(LocalDate day, LocalTime start) implements Times {
        public Single {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
        }
    }

    /** One day's range, cut into sessions. */
    public record Range(LocalDate day, LocalTime from, LocalTime to) implements Times {
        public Range {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A range repeated on chosen weekdays for 1..52 weeks, the first week starting at {@code firstDay}. */
    public record Weekly(Set<DayOfWeek> days, LocalTime from, LocalTime to, LocalDate firstDay, int weeks)
            implements Times {
        public Weekly {
            days = days == null ? Set.of() : Set.copyOf(days);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(firstDay, "firstDay");
        }
    }
}
