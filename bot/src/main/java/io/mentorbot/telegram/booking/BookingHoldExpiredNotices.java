package io.mentorbot.telegram.booking;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingHoldExpired;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a student when the time held for their unpaid booking was released. Queued in the outbox by the expiring
 * transaction just before it commits: the student hears of it once the slot really is free again, and a crash right
 * after the commit loses nothing.
 */
@Component
class BookingHoldExpiredNotices {

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final Notifier notifier;

    BookingHoldExpiredNotices(BookingDesk desk, AccountDesk accounts, Notifier notifier) {
        this.desk = desk;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingHoldExpired event) {
        desk.find(event.bookingId()).ifPresent(booking -> accounts.find(booking.studentId()).ifPresent(student ->
                notifier.notify(student, notifier.text(student, "booking.hold-expired.notice", booking.mentorName(),
                        Times.dayTime(booking.startsAt(), student.zone(), student.language()),
                        student.zone().getId()), null)));
    }
}
