package io.mentorbot.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.mentorbot.slots.SlotPlanningException.Problem;
import io.mentorbot.slots.SlotRequest.Range;
import io.mentorbot.slots.SlotRequest.Single;
import io.mentorbot.slots.SlotRequest.Weekly;

/** Turns a request into the sessions it asks for, refusing requests that make no sense whatever the date. */
final class Sessions {

    static final int SHORTEST_MINUTES = 10;
    static final int LONGEST_MINUTES = 480;
    static final int FEWEST_WEEKS = 1;
    static final int MOST_WEEKS = 52;

    /**
     * One session asked for. Sessions are cut in wall-clock time, so a weekly 18:00 stays 18:00 local across a
     * daylight saving switch; each lasts its full length in real time.
     *
     * @param nonexistent the local start falls in a gap the clocks jump over; {@code startsAt} is then the
     *                    instant after the gap
     */
    record Session(LocalDateTime localStart, Instant startsAt, Instant endsAt, boolean nonexistent) {
    }

    private Sessions() {
    }

    /** The sessions of the request in time order. */
    static List<Session> of(SlotRequest request) {
        int minutes = request.sessionMinutes();
        if (minutes < SHORTEST_MINUTES || minutes > LONGEST_MINUTES) {
            throw new SlotPlanningException(Problem.SESSION_LENGTH_OUT_OF_RANGE, SHORTEST_MINUTES, LONGEST_MINUTES);
        }
        List<LocalDateTime> starts = new ArrayList<>();
        if (request.times() instanceof Single single) {
            starts.add(single.day().atTime(single.start()));
        } else if (request.times() instanceof Range range) {
            checkRange(range.from(), range.to(), minutes);
            cut(range.day(), range.from(), range.to(), minutes, starts);
        } else if (request.times() instanceof Weekly weekly) {
            checkWeekly(weekly, minutes);
            for (int i = 0; i < weekly.weeks() * 7; i++) {
                LocalDate day = weekly.firstDay().plusDays(i);
                if (weekly.days().contains(day.getDayOfWeek())) {
                    cut(day, weekly.from(), weekly.to(), minutes, starts);
                }
            }
        }
        return starts.stream()
                .map(start -> resolve(start, request.zone(), minutes))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
    }

    private static void checkWeekly(Weekly weekly, int minutes) {
        if (weekly.days().isEmpty()) {
            throw new SlotPlanningException(Problem.NO_WEEKDAY);
        }
        if (weekly.weeks() < FEWEST_WEEKS || weekly.weeks() > MOST_WEEKS) {
            throw new SlotPlanningException(Problem.WEEKS_OUT_OF_RANGE, FEWEST_WEEKS, MOST_WEEKS);
        }
        checkRange(weekly.from(), weekly.to(), minutes);
    }

    private static void checkRange(LocalTime from, LocalTime to, int minutes) {
        if (!to.isAfter(from)) {
            throw new SlotPlanningException(Problem.END_NOT_AFTER_START, from, to);
        }
        if (Duration.between(from, to).toMinutes() < minutes) {
            throw new SlotPlanningException(Problem.RANGE_SHORTER_THAN_SESSION, minutes);
        }
    }

    private static void cut(LocalDate day, LocalTime from, LocalTime to, int minutes, List<LocalDateTime> starts) {
        LocalDateTime end = day.atTime(to);
        for (LocalDateTime start = day.atTime(from); !start.plusMinutes(minutes).isAfter(end);
             start = start.plusMinutes(minutes)) {
            starts.add(start);
        }
    }

    private static Session resolve(LocalDateTime local, ZoneId zone, int minutes) {
        boolean nonexistent = zone.getRules().getValidOffsets(local).isEmpty();
        // With no preferred offset, an ambiguous local time (the autumn overlap) takes the earlier offset.
        Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
        return new Session(local, start, start.plus(Duration.ofMinutes(minutes)), nonexistent);
    }
}
