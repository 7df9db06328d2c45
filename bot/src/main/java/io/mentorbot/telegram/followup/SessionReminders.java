package io.mentorbot.telegram.followup;

import java.time.Duration;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.reminders.Delivery;
import io.mentorbot.reminders.SessionNotices;
import io.mentorbot.telegram.followup.FollowUpAction.AckReminder;
import io.mentorbot.telegram.booking.BookingAction.CancelBooking;
import io.mentorbot.telegram.booking.BookingAction.Reschedule;
import io.mentorbot.telegram.followup.FollowUpAction.SessionHeld;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The reminders and the follow-up question as Telegram messages, each in its reader's language and zone. The
 * student's reminder carries "I'll be there", "Reschedule" and "Cancel" (the latter two are the usual booking
 * buttons, so the change-window policy applies as everywhere). The first channel asked: people without a Telegram
 * chat are left to the next one.
 */
@Component
@Order(0)
class SessionReminders implements SessionNotices {

    private final AccountDesk accounts;
    private final BookingDesk bookings;
    private final Notifier notifier;

    SessionReminders(AccountDesk accounts, BookingDesk bookings, Notifier notifier) {
        this.accounts = accounts;
        this.bookings = bookings;
        this.notifier = notifier;
    }

    @Override
    public Delivery remind(BookingView booking, Duration lead, boolean toMentor) {
        Optional<Account> reader = accounts.find(toMentor ? booking.mentorId() : booking.studentId());
        if (reader.isEmpty() || !Notifier.reachable(reader.get())) {
            return notReached(reader);
        }
        Account to = reader.get();
        String when = Times.dayTime(booking.startsAt(), to.zone(), to.language());
        String in = lead.toMinutes() % 60 == 0 ? notifier.text(to, "reminder.in-hours", lead.toHours())
                : notifier.text(to, "reminder.in-minutes", lead.toMinutes());
        if (toMentor) {
            return sent(notifier.notify(to, notifier.text(to, "reminder.mentor", booking.studentName(), in, when,
                    to.zone().getId()), null));
        }
        InlineKeyboardMarkup buttons = Keyboards.column(
                Keyboards.button(notifier.text(to, "reminder.ack.button"), new AckReminder(booking.id())),
                Keyboards.button(notifier.text(to, "reminder.reschedule.button"), new Reschedule(booking.id())),
                Keyboards.button(notifier.text(to, "reminder.cancel.button"), new CancelBooking(booking.id())));
        return sent(notifier.notify(to, notifier.text(to, "reminder.student", booking.mentorName(), in, when,
                to.zone().getId()), buttons));
    }

    @Override
    public Delivery askWhetherHeld(BookingView booking) {
        Optional<Account> reader = accounts.find(booking.mentorId());
        if (reader.isEmpty() || !Notifier.reachable(reader.get())) {
            return notReached(reader);
        }
        Account mentor = reader.get();
        InlineKeyboardMarkup buttons = Keyboards.column(
                Keyboards.button(notifier.text(mentor, "followup.held.button"), new SessionHeld(booking.id(), true)),
                Keyboards.button(notifier.text(mentor, "followup.no-show.button"),
                        new SessionHeld(booking.id(), false)));
        return sent(notifier.notify(mentor, notifier.text(mentor, "followup.ask", booking.studentName(),
                Times.dayTime(booking.startsAt(), mentor.zone(), mentor.language()), mentor.zone().getId()), buttons));
    }

    /** "I'll be there": only the booking's student, while it is still active. */
    void acknowledge(Turn turn, AckReminder action) {
        boolean mine = bookings.find(action.bookingId())
                .filter(b -> b.studentId() == turn.account().id() && b.status().isActive()).isPresent();
        if (!mine) {
            turn.refuse("reminder of another's booking", "my.not-yours");
            return;
        }
        turn.notice(turn.t("reminder.ack.done"));
    }

    /**
     * An account the bot cannot reach in Telegram (no chat: signed in with Google or GitHub; or Telegram refuses our
     * messages: they blocked the bot) is {@link Delivery#UNREACHABLE} here, so the next channel (e-mail) is asked; one
     * that may not be told now at all (paused, blocked by an admin, erased) is skipped.
     */
    private static Delivery notReached(Optional<Account> reader) {
        return reader.isPresent() && !reader.get().hearsInTelegram() ? Delivery.UNREACHABLE : Delivery.SKIPPED;
    }

    private static Delivery sent(boolean accepted) {
        return accepted ? Delivery.SENT : Delivery.FAILED;
    }
}
