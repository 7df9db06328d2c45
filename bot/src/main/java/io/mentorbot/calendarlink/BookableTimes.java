package io.mentorbot.calendarlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mentorbot.bookings.BookingSettings;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import org.springframework.stereotype.Service;

/**
 * The times a student can book, for both front ends: free slots from now plus the minimum notice, without those
 * that clash with the mentor's Google Calendar (advice only: without a connection nothing is busy). Booking checks
 * the slot, the rules and the calendar again ({@link MentorBusyTimes#isFree}).
 */
@Service
public class BookableTimes {

    /** The most free times one answer lists (a range of 62 days of 15-minute slots stays below it). */
    public static final int MAX_TIMES = 6_000;

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

    /**
     * The earliest start a student can still book: a slot that starts sooner is not offered at all (booking it would
     * only be refused for too short notice).
     */
    public Instant bookableFrom() {
        return rules.earliestStart(clock.instant());
    }

    /** When the mentor's next free slot a student can book starts, if any, whatever their calendar holds. */
    public Optional<Instant> nextFreeSlot(long mentorId) {
        return timetable.nextFree(mentorId, bookableFrom());
    }

    /** The mentor's next bookable time, if any. */
    public Optional<Instant> nextFree(long mentorId) {
        return nextFree(mentorId, nextFreeSlot(mentorId).orElse(null));
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

    /**
     * The next bookable times of a page of mentors, given each one's next free slot as the catalogue read it (null:
     * none): one statement tells which of them have a Google Calendar that may hide it; only those are asked one by
     * one. Mentors without a bookable time are left out of the answer.
     */
    public Map<Long, Instant> nextFree(Map<Long, Instant> firstFree) {
        Map<Long, Instant> next = new HashMap<>();
        if (firstFree.isEmpty()) {
            return next;
        }
        Set<Long> withCalendar = busyTimes.withCalendar(firstFree.keySet());
        firstFree.forEach((mentorId, first) -> {
            if (!withCalendar.contains(mentorId)) {
                if (first != null) {
                    next.put(mentorId, first);
                }
            } else {
                nextFree(mentorId, first).ifPresent(start -> next.put(mentorId, start));
            }
        });
        return next;
    }

    /** The mentor's bookable free times starting in {@code [from, to)} and within the horizon, in time order. */
    public List<SlotView> between(long mentorId, Instant from, Instant to) {
        Instant until = clock.instant().plus(rules.horizon());
        Instant end = to.isAfter(until) ? until : to;
        if (!from.isBefore(end)) {
            return List.of();
        }
        List<SlotView> free = timetable.freeSlotsBetween(mentorId, from, end, bookableFrom(), MAX_TIMES);
        return withoutBusy(mentorId, free, from, end);
    }

    /** The day's free slots, without those that clash with the mentor's Google Calendar (when connected). */
    public List<SlotView> freeSlotsOn(long mentorId, LocalDate day, ZoneId zone) {
        List<SlotView> free = timetable.freeSlotsOn(mentorId, day, zone, bookableFrom());
        return withoutBusy(mentorId, free, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The month's days with a free slot, without days whose free slots all clash with the mentor's calendar. */
    public Set<LocalDate> freeDays(long mentorId, YearMonth month, ZoneId zone) {
        Set<LocalDate> free = new HashSet<>(timetable.daysWithFreeSlots(mentorId, month, zone, bookableFrom()));
        if (!free.isEmpty() && !busyTimes.between(mentorId, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).isEmpty()) {
            free.removeIf(d -> freeSlotsOn(mentorId, d, zone).isEmpty()); // the month's busy times are cached
        }
        return free;
    }

    /**
     * The first day from {@code from} to the end of {@code last} with a time a student can book (and the mentor's
     * calendar leaves free), if any; each try skips a day taken up by busy times, {@code maxDays} tries at most.
     */
    public Optional<LocalDate> nextFreeDay(long mentorId, LocalDate from, ZoneId zone, YearMonth last, int maxDays) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant earliest = bookableFrom();
        Instant cursor = (start.isAfter(earliest) ? start : earliest).minusNanos(1_000);
        for (int tries = 0; tries < maxDays; tries++) {
            Optional<Instant> next = timetable.nextFree(mentorId, cursor);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            LocalDate day = next.get().atZone(zone).toLocalDate();
            if (YearMonth.from(day).isAfter(last)) {
                return Optional.empty();
            }
            if (!freeSlotsOn(mentorId, day, zone).isEmpty()) {
                return Optional.of(day);
            }
            cursor = day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1_000);
        }
        return Optional.empty();
    }

    private List<SlotView> withoutBusy(long mentorId, List<SlotView> free, Instant from, Instant to) {
        if (free.isEmpty()) {
            return free;
        }
        MentorBusyTimes.Busy busy = busyTimes.between(mentorId, from, to);
        return busy.isEmpty() ? free : free.stream().filter(s -> !busy.clashes(s.startsAt(), s.endsAt())).toList();
    }

    /**
     * The start of the window whose busy times the catalogue asks for: the hour of the earliest bookable start, so
     * that answers within the hour ask for the same window and the calendar's short-lived cache serves them.
     */
    private Instant window() {
        return bookableFrom().truncatedTo(ChronoUnit.HOURS);
    }
}
