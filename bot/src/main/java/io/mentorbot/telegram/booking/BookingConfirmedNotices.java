package io.mentorbot.telegram.booking;

import java.time.ZoneId;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the mentor of a confirmed booking (free at once, or paid within its hold), with the student's note, however
 * it was made. Queued in the outbox by the confirming transaction just before it commits, so the notice goes out if
 * and only if the booking holds.
 */
@Component
class BookingConfirmedNotices {

    private final AccountDesk accounts;
    private final Notifier notifier;

    BookingConfirmedNotices(AccountDesk accounts, Notifier notifier) {
        this.accounts = accounts;
        this.notifier = notifier;
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
        notifier.notify(mentor, notifier.text(mentor, "booking.done.mentor", booking.studentName(),
                booking.studentUsername() == null ? "—" : "@" + booking.studentUsername(), when, zone.getId(),
                booking.note() == null ? "—" : booking.note()), null);
    }
}
