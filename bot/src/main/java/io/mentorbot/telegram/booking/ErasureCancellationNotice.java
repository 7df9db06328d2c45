package io.mentorbot.telegram.booking;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a session that was cancelled because one side erased their account, in their own language
 * and zone. The erased person is not named: their name is gone, and must not live on in a notice.
 */
@Component
class ErasureCancellationNotice {

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final Notifier notifier;

    ErasureCancellationNotice(BookingDesk desk, AccountDesk accounts, Notifier notifier) {
        this.desk = desk;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    // In the erasing transaction: the notice is queued in the outbox with the cancellation, or not at all.
    @EventListener
    void on(BookingCancelled event) {
        if (!event.accountErased()) {
            return;
        }
        desk.find(event.bookingId()).ifPresent(booking -> {
            long otherSide = event.byMentor() ? booking.studentId() : booking.mentorId();
            String key = event.byMentor() ? "erasure.cancelled.student" : "erasure.cancelled.mentor";
            accounts.find(otherSide).ifPresent(other -> notifier.notify(other, notifier.text(other, key,
                    Times.dayTime(booking.startsAt(), other.zone(), other.language()), other.zone().getId()), null));
        });
    }
}
