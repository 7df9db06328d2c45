package io.mentorbot.telegram.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import io.mentorbot.telegram.booking.BookingAction.BackToMyConsultations;
import io.mentorbot.telegram.booking.BookingAction.Reschedule;
import io.mentorbot.telegram.booking.BookingAction.RescheduleFromList;
import io.mentorbot.telegram.booking.BookingAction.RescheduleAsk;
import io.mentorbot.telegram.booking.BookingAction.RescheduleDay;
import io.mentorbot.telegram.booking.BookingAction.RescheduleMonth;
import io.mentorbot.telegram.booking.BookingAction.RescheduleTo;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.MonthCalendar;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A student moves a booking to another free time of the same mentor: calendar, day, time, "move from ... to ...?";
 * the old slot is released and the new one booked in one step. One screen is edited from the calendar to the result:
 * from {@code /my} it is the list itself (the calendar leads back to it), from a confirmation or a reminder a new one
 * (that message stays) (the mentor is told by {@link BookingRescheduledNotices}). Every press re-checks
 * that the booking is the presser's and still active.
 */
@Component
class Rescheduling {

    private final BookingDesk desk;
    private final SlotTimetable timetable;
    private final Clock clock;
    private final MentorBrowser browser;
    private final MyConsultations consultations;

    Rescheduling(BookingDesk desk, SlotTimetable timetable, Clock clock, MentorBrowser browser,
                 MyConsultations consultations) {
        this.consultations = consultations;
        this.browser = browser;
        this.desk = desk;
        this.timetable = timetable;
        this.clock = clock;
    }

    private Optional<BookingView> mine(Turn turn, long bookingId) {
        Optional<BookingView> booking = desk.find(bookingId).filter(b -> b.studentId() == turn.account().id());
        if (booking.isEmpty()) {
            turn.refuse("reschedule of another's booking", "my.not-yours");
        } else if (!MyConsultations.active(booking.get())) {
            consultations.outOfDate(turn);
            return Optional.empty();
        }
        return booking;
    }

    void start(Turn turn, Reschedule action) {
        mine(turn, action.bookingId()).ifPresent(b -> month(turn, b,
                YearMonth.from(browser.nextFree(b.mentorId()).orElse(clock.instant()).atZone(turn.account().zone())),
                false)); // a new screen: the message the move starts from (a confirmation, a reminder) stays
    }

    /** From {@code /my}: the list itself becomes the calendar. */
    void startHere(Turn turn, RescheduleFromList action) {
        mine(turn, action.bookingId()).ifPresent(b -> month(turn, b,
                YearMonth.from(browser.nextFree(b.mentorId()).orElse(clock.instant()).atZone(turn.account().zone())),
                true));
    }

    void month(Turn turn, RescheduleMonth action) {
        mine(turn, action.bookingId()).ifPresent(b -> month(turn, b, action.month(), true));
    }

    private void month(Turn turn, BookingView booking, YearMonth month, boolean inPlace) {
        ZoneId zone = turn.account().zone();
        YearMonth first = YearMonth.from(clock.instant().atZone(zone));
        YearMonth last = first.plusMonths(MentorBrowser.MONTHS_AHEAD);
        YearMonth shown = month.isBefore(first) || month.isAfter(last) ? first : month;
        Set<LocalDate> free = browser.freeDays(booking.mentorId(), shown, zone);
        Optional<LocalDate> later = browser.nextFreeDay(booking.mentorId(), shown.plusMonths(1).atDay(1), zone, last);
        InlineKeyboardMarkup calendar = MonthCalendar.of(shown, turn.language(), free::contains,
                shown.isAfter(first) ? shown.minusMonths(1) : null, later.map(YearMonth::from).orElse(null),
                m -> new RescheduleMonth(booking.id(), m), d -> new RescheduleDay(booking.id(), d));
        if (free.isEmpty() && later.isPresent()) {
            calendar = Keyboards.withRow(calendar, Keyboards.button(turn.t("booking.next-free.button",
                    Times.day(later.get(), turn.language())), new RescheduleDay(booking.id(), later.get())));
        }
        calendar = Keyboards.withRow(calendar, Keyboards.button(turn.t("my.back"), new BackToMyConsultations()));
        String text = turn.t("reschedule.pick", Times.dayTime(booking.startsAt(), zone, turn.language()),
                booking.mentorName(), zone.getId());
        if (inPlace) {
            turn.show(text, calendar);
        } else {
            turn.reply(text, calendar);
        }
    }

    void day(Turn turn, RescheduleDay action) {
        Optional<BookingView> booking = mine(turn, action.bookingId());
        if (booking.isEmpty()) {
            return;
        }
        ZoneId zone = turn.account().zone();
        List<SlotView> free = browser.freeSlotsOn(booking.get().mentorId(), action.day(), zone);
        InlineKeyboardMarkup times = Keyboards.grid(free.stream().map(s -> Keyboards.button(
                Times.time(s.startsAt(), zone), new RescheduleAsk(action.bookingId(), s.id()))).toList(), 4);
        times = Keyboards.withRow(times, Keyboards.button(turn.t("booking.other-days"),
                new RescheduleMonth(action.bookingId(), YearMonth.from(action.day()))));
        String day = CalendarTexts.dayTitle(turn, action.day(), browser.today(zone));
        turn.show(free.isEmpty() ? turn.t("booking.day.empty", day) : turn.t("booking.day", day, zone.getId()), times);
    }

    /** "Move from Wed 9 Dec 18:00 to Thu 10 Dec 19:00?": nothing moves until the student says yes. */
    void ask(Turn turn, RescheduleAsk action) {
        Optional<BookingView> booking = mine(turn, action.bookingId());
        Optional<SlotView> slot = timetable.find(action.slotId());
        if (booking.isEmpty()) {
            return;
        }
        if (slot.isEmpty() || slot.get().mentorId() != booking.get().mentorId()) {
            turn.alert(turn.t("booking.not-found"));
            return;
        }
        ZoneId zone = turn.account().zone();
        LocalDate day = slot.get().startsAt().atZone(zone).toLocalDate();
        turn.show(turn.t("reschedule.confirm", Times.dayTime(booking.get().startsAt(), zone, turn.language()),
                Times.dayTime(slot.get().startsAt(), zone, turn.language()), zone.getId()), Keyboards.column(
                Keyboards.button(turn.t("reschedule.confirm.button"),
                        new RescheduleTo(action.bookingId(), action.slotId())),
                Keyboards.button(turn.t("reschedule.other-times"), new RescheduleDay(action.bookingId(), day))));
    }

    void move(Turn turn, RescheduleTo action) {
        Optional<BookingView> before = desk.find(action.bookingId());
        ChangeOutcome outcome = desk.reschedule(action.bookingId(), turn.account().id(), action.slotId());
        ZoneId zone = turn.account().zone();
        switch (outcome.result()) {
            case DONE -> {
                BookingView after = outcome.booking();
                String from = Times.dayTime(before.orElseThrow().startsAt(), zone, turn.language());
                String to = Times.dayTime(after.startsAt(), zone, turn.language());
                turn.notice(turn.t("reschedule.done", from, to, zone.getId()));
                turn.show(turn.t("reschedule.done", from, to, zone.getId()), null); // done: no buttons left
            }
            case TOO_LATE -> turn.alert(turn.t("reschedule.too-late",
                    outcome.limit() == null ? 12 : outcome.limit().toHours()));
            case SLOT_TAKEN -> {
                turn.alert(turn.t("booking.taken"));
                timetable.find(action.slotId()).ifPresent(s -> day(turn,
                        new RescheduleDay(action.bookingId(), s.startsAt().atZone(zone).toLocalDate())));
            }
            case TOO_SOON -> turn.alert(turn.t("booking.too-soon",
                    outcome.limit() == null ? 2 : outcome.limit().toHours()));
            case TOO_FAR -> turn.alert(turn.t("booking.too-far"));
            case SAME_SLOT -> turn.alert(turn.t("reschedule.same"));
            case NOT_ACTIVE -> turn.alert(turn.t("my.not-active"));
            default -> turn.refuse("reschedule of another's booking", "my.not-yours");
        }
    }
}
