package io.mentorbot.telegram.followup;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.reviews.SessionOutcomeRecorded;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once the mentor says a session took place, its student is asked for a review (stars as buttons). Queued in the
 * outbox by that transaction just before it commits.
 */
@Component
class SessionOutcomeNotices {

    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final Notifier notifier;

    SessionOutcomeNotices(BookingDesk bookings, AccountDesk accounts, Notifier notifier) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionOutcomeRecorded event) {
        if (!event.held()) {
            return;
        }
        bookings.find(event.bookingId()).ifPresent(booking -> accounts.find(booking.studentId()).ifPresent(student ->
                notifier.notify(student, notifier.text(student, "review.ask", booking.mentorName(),
                        Times.dayTime(booking.startsAt(), student.zone(), student.language())),
                        Stars.keyboard(booking.id()))));
    }
}
