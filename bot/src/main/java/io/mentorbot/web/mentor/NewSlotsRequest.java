package io.mentorbot.web.mentor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mentorbot.slots.SlotPlanningException.Problem;
import io.mentorbot.slots.SlotRequest;
import jakarta.validation.constraints.Pattern;

/**
 * New slots, in one of the shapes {@code /newslot} takes: a single session {@code {startsAt}}, a day's range cut into
 * sessions {@code {from, to}}, or a weekly recurrence {@code {days, time, weeks}} where {@code time} is a start
 * ("18:00", one session a day) or a range ("18:00-21:00") in the mentor's time zone, starting this week.
 * {@code minutes} is the session length, the profile's by default. A value it cannot take is a
 * {@link FieldRefusal.Refused} naming the field. The graph's {@code createSlots} takes the same shapes.
 */
public record NewSlotsRequest(Instant startsAt, Instant from, Instant to, Integer minutes, List<String> days,
                       @Pattern(regexp = "\\d{2}:\\d{2}(-\\d{2}:\\d{2})?") String time, Integer weeks) {

    public enum Shape { SINGLE, RANGE, WEEKLY }

    public Shape shape() {
        boolean single = startsAt != null;
        boolean range = from != null || to != null;
        boolean weekly = days != null || time != null || weeks != null;
        if ((single ? 1 : 0) + (range ? 1 : 0) + (weekly ? 1 : 0) != 1) {
            throw new FieldRefusal.Refused("startsAt", "api.mentor.slots.one-shape");
        }
        return single ? Shape.SINGLE : range ? Shape.RANGE : Shape.WEEKLY;
    }

    /** The core's request for the mentor in their zone; {@code today} is the first day of a weekly recurrence. */
    public SlotRequest toRequest(long mentorId, ZoneId zone, int sessionMinutes, LocalDate today) {
        return switch (shape()) {
            case SINGLE -> {
                ZonedDateTime start = startsAt.atZone(zone);
                yield SlotRequest.single(mentorId, zone, sessionMinutes, start.toLocalDate(), start.toLocalTime());
            }
            case RANGE -> {
                require(from, "from");
                require(to, "to");
                ZonedDateTime start = from.atZone(zone);
                ZonedDateTime end = to.atZone(zone);
                if (!end.toLocalDate().equals(start.toLocalDate())) {
                    throw new FieldRefusal.Refused("to", "api.mentor.slots.same-day", zone.getId());
                }
                yield SlotRequest.range(mentorId, zone, sessionMinutes, start.toLocalDate(), start.toLocalTime(),
                        end.toLocalTime());
            }
            case WEEKLY -> {
                require(days, "days");
                require(time, "time");
                require(weeks, "weeks");
                LocalTime start = time("time", time.substring(0, 5));
                LocalTime end = time.length() > 5 ? time("time", time.substring(6))
                        : start.plusMinutes(sessionMinutes);
                yield SlotRequest.weekly(mentorId, zone, sessionMinutes, weekdays(), start, end, today, weeks);
            }
        };
    }

    /** The field a refusal of the whole request is about, for this request's shape. */
    public String fieldOf(Problem problem) {
        Shape shape = shape();
        return switch (problem) {
            case SESSION_LENGTH_OUT_OF_RANGE -> "minutes";
            case NO_WEEKDAY -> "days";
            case WEEKS_OUT_OF_RANGE -> "weeks";
            case END_NOT_AFTER_START, RANGE_SHORTER_THAN_SESSION -> shape == Shape.WEEKLY ? "time" : "to";
            case IN_PAST -> shape == Shape.SINGLE ? "startsAt" : shape == Shape.RANGE ? "from" : "weeks";
            case BEYOND_HORIZON, TOO_MANY_SESSIONS ->
                    shape == Shape.SINGLE ? "startsAt" : shape == Shape.RANGE ? "to" : "weeks";
            case NOT_A_MENTOR -> "";
        };
    }

    private Set<DayOfWeek> weekdays() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            String name = day == null ? "" : day.trim().toUpperCase(Locale.ROOT);
            DayOfWeek match = null;
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (name.length() >= 3 && candidate.name().startsWith(name)) {
                    match = candidate;
                }
            }
            if (match == null) {
                throw new FieldRefusal.Refused("days", "api.mentor.slots.weekday", String.valueOf(day));
            }
            chosen.add(match);
        }
        return chosen;
    }

    private static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text);
        } catch (RuntimeException e) {
            throw new FieldRefusal.Refused(field, "api.mentor.slots.time");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new FieldRefusal.Refused(field, "api.mentor.slots.required");
        }
    }
}
