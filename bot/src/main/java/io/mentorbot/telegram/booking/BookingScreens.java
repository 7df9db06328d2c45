package io.mentorbot.telegram.booking;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.CalendarFile;
import io.mentorbot.bookings.BookingOutcome;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.PaymentOutcome;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import io.mentorbot.telegram.booking.BookingAction.AddNote;
import io.mentorbot.telegram.booking.BookingAction.CancelBooking;
import io.mentorbot.telegram.booking.BookingAction.ConfirmBooking;
import io.mentorbot.telegram.booking.BookingAction.MentorDay;
import io.mentorbot.telegram.booking.BookingAction.PayBooking;
import io.mentorbot.telegram.booking.BookingAction.Reschedule;
import io.mentorbot.telegram.booking.BookingAction.ShowMyConsultations;
import io.mentorbot.telegram.mentor.MentorTexts;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Money;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/**
 * The last steps: the confirmation screen (with an optional note), the booking itself, the answer to a lost race,
 * the simulated payment, and what the student receives (the mentor is told by {@link BookingConfirmedNotices}).
 */
@Component
class BookingScreens {

    static final String NOTE_DIALOG = "booking-note";

    private final SlotTimetable timetable;
    private final MentorBrowser browser;
    private final BookingDesk desk;
    private final ConversationStore conversations;
    private final Clock clock;
    private final io.mentorbot.calendarlink.MentorBusyTimes busyTimes;

    BookingScreens(SlotTimetable timetable, MentorBrowser browser, BookingDesk desk, ConversationStore conversations,
                   Clock clock,
                   io.mentorbot.calendarlink.MentorBusyTimes busyTimes) {
        this.busyTimes = busyTimes;
        this.timetable = timetable;
        this.browser = browser;
        this.desk = desk;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** The confirmation screen for a free slot; a slot taken meanwhile gets the "just taken" answer. */
    void confirmation(Turn turn, long slotId, String note) {
        Optional<SlotView> slot = timetable.find(slotId);
        Optional<MentorProfile> mentor = slot.flatMap(s -> browser.bookable(s.mentorId()));
        if (slot.isEmpty() || mentor.isEmpty()) {
            turn.show(turn.t("booking.not-found"), null);
            return;
        }
        if (slot.get().status() != SlotStatus.FREE) {
            lostRace(turn, slot.get());
            return;
        }
        ZoneId zone = turn.account().zone();
        SlotView s = slot.get();
        String text = turn.t("booking.confirm", mentor.get().name(),
                Times.day(s.startsAt().atZone(zone).toLocalDate(), turn.language()),
                Times.span(s.startsAt(), s.endsAt(), zone), zone.getId(),
                java.time.Duration.between(s.startsAt(), s.endsAt()).toMinutes(),
                MentorTexts.price(turn, mentor.get().summary()), note == null ? turn.t("booking.no-note") : note);
        turn.show(text, Keyboards.column(
                Keyboards.button(turn.t("booking.confirm.button"), new ConfirmBooking(slotId)),
                Keyboards.button(turn.t("booking.note.button"), new AddNote(slotId)),
                Keyboards.button(turn.t("booking.other-days"), new MentorDay(s.mentorId(),
                        s.startsAt().atZone(zone).toLocalDate()))));
    }

    void book(Turn turn, long slotId) {
        Optional<Conversation> conversation = turn.conversation();
        String note = conversation
                .filter(c -> NOTE_DIALOG.equals(c.dialog()) && Long.toString(slotId).equals(c.draft().get("slot")))
                .map(c -> c.draft().get("note")).orElse(null);
        Optional<SlotView> wanted = timetable.find(slotId).filter(s -> s.status() == SlotStatus.FREE);
        if (wanted.isPresent() && !busyTimes.isFree(wanted.get().mentorId(), wanted.get().startsAt(),
                wanted.get().endsAt())) { // the mentor's Google Calendar got something at this time meanwhile
            turn.alert(turn.t("calendar.busy.refused"));
            browser.day(turn, wanted.get().mentorId(), wanted.get().startsAt().atZone(turn.account().zone())
                    .toLocalDate(), turn.t("calendar.busy.refused"));
            return;
        }
        BookingOutcome outcome = desk.book(turn.account().id(), slotId, note);
        switch (outcome.result()) {
            case BOOKED, ALREADY_YOURS -> {
                if (conversation.isPresent()) {
                    conversations.clear(turn.chatId());
                }
                if (outcome.booking() != null && outcome.result() == BookingOutcome.Result.BOOKED) {
                    booked(turn, outcome.booking());
                } else {
                    turn.notice(turn.t("booking.already-yours"));
                }
            }
            case SLOT_TAKEN -> timetable.find(slotId).ifPresentOrElse(s -> lostRace(turn, s),
                    () -> turn.reply(turn.t("booking.not-found")));
            case TOO_SOON -> turn.reply(turn.t("booking.too-soon",
                    outcome.limit() == null ? 2 : outcome.limit().toHours()));
            case TOO_FAR -> turn.reply(turn.t("booking.too-far"));
            case OWN_SLOT -> turn.alert(turn.t("booking.own-slot"));
            case NOTE_TOO_LONG -> turn.reply(turn.t("booking.note.too-long", BookingDesk.NOTE_MAX_LENGTH));
            case STUDENT_LIMIT -> turn.reply(turn.t("booking.limit.student", outcome.maxActive()));
            case MENTOR_LIMIT -> turn.reply(turn.t("booking.limit.mentor", outcome.maxActive()));
            case NOT_FOUND -> turn.reply(turn.t("booking.not-found"));
            case MENTOR_UNAVAILABLE -> turn.reply(turn.t("mentor.unavailable"));
        }
    }

    private void booked(Turn turn, BookingView booking) {
        if (booking.status() == BookingStatus.PENDING_PAYMENT) {
            long seconds = java.time.Duration.between(clock.instant(), booking.holdUntil()).toSeconds();
            long minutes = (seconds + 59) / 60; // a 15-minute hold is "15 minutes", not the 14 left a moment later
            turn.show(turn.t("booking.pending", price(turn, booking), Math.max(1, minutes)),
                    Keyboards.column(Keyboards.button(turn.t("booking.pay.button"), new PayBooking(booking.id()))));
            return;
        }
        confirmed(turn, booking);
    }

    void pay(Turn turn, long bookingId) {
        PaymentOutcome outcome = desk.confirmPayment(bookingId, turn.account().id());
        switch (outcome.result()) {
            case CONFIRMED -> { // one confirmation: the payment screen becomes it (the toast only acknowledges)
                turn.notice(turn.t("booking.paid"));
                confirmed(turn, outcome.booking()); // on the screen that asked for the payment
            }
            case EXPIRED -> turn.alert(turn.t("booking.payment.expired"));
            case NOT_PENDING -> turn.alert(turn.t("booking.payment.not-pending"));
            case NO_PROVIDER -> turn.alert(turn.t("booking.payment.no-provider"));
            case NOT_YOURS_OR_NOT_FOUND -> turn.refuse("payment of another's booking", "my.not-yours");
        }
    }

    /**
     * The screen becomes the student's confirmation, with what they can do next (add it to Google Calendar,
     * reschedule, cancel, see all their consultations); the calendar file follows as its own message.
     */
    private void confirmed(Turn turn, BookingView booking) {
        ZoneId zone = turn.account().zone();
        String when = Times.dayTime(booking.startsAt(), zone, turn.language()) + "–"
                + Times.time(booking.endsAt(), zone);
        String summary = turn.t("booking.ics.summary", booking.mentorName());
        String description = turn.t("booking.ics.description",
                booking.note() == null ? turn.t("booking.no-note") : booking.note());
        turn.show(turn.t("booking.done.student", booking.mentorName(), when, zone.getId()), Keyboards.column(
                Keyboards.link(turn.t("booking.calendar-add"),
                        CalendarFile.googleLink(booking.startsAt(), booking.endsAt(), summary, description)),
                Keyboards.button(turn.t("booking.done.reschedule"), new Reschedule(booking.id())),
                Keyboards.button(turn.t("booking.done.cancel"), new CancelBooking(booking.id())),
                Keyboards.button(turn.t("menu.my"), new ShowMyConsultations())));
        turn.replyDocument(CalendarFile.of(booking, clock.instant(), summary, description), CalendarFile.FILE_NAME,
                summary);
    }

    /** Says the time is gone; with times left that day it shows them, else it says so once and offers other days. */
    private void lostRace(Turn turn, SlotView slot) {
        ZoneId zone = turn.account().zone();
        java.time.LocalDate day = slot.startsAt().atZone(zone).toLocalDate();
        if (browser.freeSlotsOn(slot.mentorId(), day, zone).isEmpty()) {
            turn.alert(turn.t("booking.taken.none-left"));
            turn.show(turn.t("booking.taken.none-left") + " " + turn.t("booking.taken.other-days",
                    Times.day(day, turn.language())), Keyboards.column(Keyboards.button(turn.t("booking.other-days"),
                    new BookingAction.MentorMonth(slot.mentorId(), java.time.YearMonth.from(day)))));
            return;
        }
        turn.alert(turn.t("booking.taken"));
        browser.day(turn, slot.mentorId(), day, turn.t("booking.taken"));
    }

    void askNote(Turn turn, long slotId) {
        Conversation asking = new Conversation(turn.chatId(), NOTE_DIALOG, BookingNoteDialog.Step.NOTE.name(),
                java.util.Map.of("slot", Long.toString(slotId)));
        turn.show(turn.t("booking.note.ask", BookingDesk.NOTE_MAX_LENGTH), null);
        conversations.save(QuestionScreen.remember(turn, asking));
    }

    private static String price(Turn turn, BookingView booking) {
        return Money.format(turn.language(), booking.priceMinor(), booking.currency());
    }
}
