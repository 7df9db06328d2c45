package io.mentorbot.telegram.booking;

import java.math.BigDecimal;
import java.time.ZoneId;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.mentor.SlotAction.OpenSlot;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the mentor of a confirmed booking (free at once, or paid within its hold): who, when, paid or free, the
 * student's note when there is one, and buttons to open the session or cancel it, however it was made; then the
 * session's calendar file follows ({@link CalendarFiles}), unless the mentor's Google Calendar mirrors it, which the
 * notice then says. Queued in the outbox by the confirming transaction just before it commits, so the notice goes out
 * if and only if the booking holds.
 */
@Component
class BookingConfirmedNotices {

    private final AccountDesk accounts;
    private final Notifier notifier;
    private final CalendarFiles files;

    BookingConfirmedNotices(AccountDesk accounts, Notifier notifier, CalendarFiles files) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingConfirmed event) {
        BookingView booking = event.booking();
        accounts.find(booking.mentorId()).ifPresent(mentor -> tellMentor(mentor, booking));
    }

    private void tellMentor(Account mentor, BookingView booking) {
        ZoneId zone = mentor.zone();
        String when = Times.dayTime(booking.startsAt(), zone, mentor.language()) + "–"
                + Times.time(booking.endsAt(), zone);
        String student = booking.studentUsername() == null ? booking.studentName()
                : booking.studentName() + " (@" + booking.studentUsername() + ")";
        StringBuilder text = new StringBuilder(notifier.text(mentor, "booking.done.mentor", student, when,
                zone.getId()));
        text.append('\n').append(booking.priceMinor() == 0 ? notifier.text(mentor, "booking.done.mentor.free")
                : notifier.text(mentor, "booking.done.mentor.paid",
                BigDecimal.valueOf(booking.priceMinor(), 2).toPlainString() + " " + booking.currency()));
        if (booking.note() != null && !booking.note().isBlank()) {
            text.append('\n').append(notifier.text(mentor, "booking.done.mentor.note", booking.note()));
        }
        text.append(files.mirrorLine(mentor, booking));
        notifier.notify(mentor, text.toString(), Keyboards.column(
                Keyboards.button(notifier.text(mentor, "booking.done.mentor.open"), new OpenSlot(booking.slotId())),
                Keyboards.button(notifier.text(mentor, "myslots.cancel-booking"), new MentorCancel(booking.id()))));
        files.sendToMentor(mentor, booking);
    }
}
