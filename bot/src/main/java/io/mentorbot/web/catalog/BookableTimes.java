package io.mentorbot.web.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.mentorbot.bookings.BookingSettings;
import io.mentorbot.calendarlink.MentorBusyTimes;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import org.springframework.stereotype.Component;

/**
 * The times a student can book, as the bot offers them: free slots from now plus the minimum notice up to the
 * booking horizon, without those that clash with the mentor's Google Calendar (advice only: without a connection
 * nothing is busy). Booking checks the slot, the rules and the calendar again. Shared with the GraphQL adapter.
 */
@Component
public class BookableTimes {

    /** The most free times one answer lists (a range of 62 days of 15-minute slots stays below it). */
    static final int MAX_TIMES = 6_000;

    private final SlotTimetable timetable;
    private final MentorBusyTimes busyTimes;
    private final BookingSettings rules;
    private final Clock clock;

    BookableTimes(SlotTimetable timetable, MentorBusyTimes busyTimes, BookingSettings rules, Clock clock) {
        this.timetable = timetable;
        this.busyTimes = busyTimes;
        this.rules = rules;
        this.clock = clock;
    }

    /** The mentor's next bookable time, if any. */
    public Optional<Instant> nextFree(long mentorId) {
        return nextFree(mentorId, timetable.nextFree(mentorId, bookableFrom()).orElse(null));
    }

    /**
     * The mentor's next bookable time, given the start of their next free slot as the catalogue read it: that
     * start, or a later one when the calendar is busy then; empty when no free slot within the horizon is left.
     * A slot beyond the horizon is shown as the bot shows it.
     */
    public Optional<Instant> nextFree(long mentorId, Instant firstFree) {
        if (firstFree == null) {
            return Optional.empty();
        }
        Instant from = window();
        Instant to = from.plus(rules.horizon()).plus(Duration.ofDays(1));
        if (!firstFree.isBefore(to)) {
            return Optional.of(firstFree);
        }
        MentorBusyTimes.Busy busy = busyTimes.between(mentorId, from, to);
        if (busy.isEmpty()) {
            return Optional.of(firstFree);
        }
        return timetable.freeSlotsBetween(mentorId, firstFree, to, bookableFrom(), MAX_TIMES).stream()
                .filter(slot -> !busy.clashes(slot.startsAt(), slot.endsAt()))
                .map(SlotView::startsAt).findFirst();
    }

    /** The mentor's bookable free times starting in {@code [from, to)}, in time order. */
    public List<SlotView> between(long mentorId, Instant from, Instant to) {
        Instant until = clock.instant().plus(rules.horizon());
        Instant end = to.isAfter(until) ? until : to;
        if (!from.isBefore(end)) {
            return List.of();
        }
        List<SlotView> free = timetable.freeSlotsBetween(mentorId, from, end, bookableFrom(), MAX_TIMES);
        if (free.isEmpty()) {
            return free;
        }
        MentorBusyTimes.Busy busy = busyTimes.between(mentorId, from, end);
        return busy.isEmpty() ? free : free.stream().filter(s -> !busy.clashes(s.startsAt(), s.endsAt())).toList();
    }

    private Instant bookableFrom() {
        return rules.earliestStart(clock.instant());
    }

    /**
     * The start of the window whose busy times the catalogue asks for: the hour of the earliest bookable start, so
     * that answers within the hour ask for the same window and the calendar's short-lived cache serves them.
     */
    private Instant window() {
        return bookableFrom().truncatedTo(ChronoUnit.HOURS);
    }
}
