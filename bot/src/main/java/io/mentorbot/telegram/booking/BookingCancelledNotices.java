package io.mentorbot.telegram.booking;

import java.math.BigDecimal;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other side (or, for an admin's cancellation, both sides) of a cancelled booking, each in their own
 * language and zone, with the reason; for an erasure without naming the erased person (their name is gone and must
 * not live on in a notice). Then each side that got the booking's calendar file gets it again as it now stands
 * ({@link CalendarFiles}: {@code METHOD:CANCEL}), so opening it removes the event, whoever cancelled; a mentor whose
 * Google Calendar mirrors the session gets none, and their notice says so. Queued in the outbox by the cancelling
 * transaction just before it commits.
 */
@Component
class BookingCancelledNotices {

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final CalendarFiles files;

    BookingCancelledNotices(BookingDesk desk, AccountDesk accounts, Notifier notifier, CalendarFiles files) {
        this.desk = desk;
        this.accounts = accounts;
        this.notifier = notifier;
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingCancelled event) {
        desk.find(event.bookingId()).ifPresent(booking -> {
            switch (event.by()) {
                case STUDENT -> tell(booking.mentorId(), booking, "my.cancelled.mentor", booking.studentName(),
                        event.reason());
                case MENTOR -> tell(booking.studentId(), booking, "mentor-cancel.student", booking.mentorName(),
                        event.reason());
                case ADMIN -> {
                    tell(booking.studentId(), booking, "console.booking.cancelled.student", booking.mentorName(),
                            event.reason());
                    tell(booking.mentorId(), booking, "console.booking.cancelled.mentor", booking.studentName(),
                            event.reason());
                }
                case STUDENT_ERASED -> tellOfErasure(booking.mentorId(), booking, "erasure.cancelled.mentor");
                case MENTOR_ERASED -> tellOfErasure(booking.studentId(), booking, "erasure.cancelled.student");
            }
            files.sendUpdate(booking, event.by().erasure());
        });
    }

    private void tell(long recipientId, BookingView booking, String key, String otherName, String reason) {
        accounts.find(recipientId).ifPresent(recipient -> notifier.notify(recipient, notifier.text(recipient, key,
                otherName, Times.dayTime(booking.startsAt(), recipient.zone(), recipient.language()),
                recipient.zone().getId(), sentence(reason)) + money(recipient, booking)
                + mirrorLine(recipient, booking), null));
    }

    /** For the mentor whose Google Calendar takes the cancellation instead of a file, a line saying so. */
    private String mirrorLine(Account recipient, BookingView booking) {
        return recipient.id() == booking.mentorId() ? files.mirrorLine(recipient, booking) : "";
    }

    /**
     * For the student of a paid session cancelled by the other side: what happens to the money (the payment is
     * returned in full). Nothing for the mentor, nor for a session that was never paid.
     */
    private String money(Account recipient, BookingView booking) {
        if (recipient.id() != booking.studentId() || booking.priceMinor() == 0 || booking.confirmedAt() == null) {
            return "";
        }
        return "\n" + notifier.text(recipient, "booking.cancelled.refund",
                BigDecimal.valueOf(booking.priceMinor(), 2).toPlainString() + " " + booking.currency());
    }

    /** The reason as a sentence: a final stop added unless the writer ended it already (never "ill.."). */
    static String sentence(String reason) {
        String text = reason == null ? "" : reason.strip();
        return text.isEmpty() || text.matches("(?s).*[.!?…]$") ? text : text + ".";
    }

    private void tellOfErasure(long recipientId, BookingView booking, String key) {
        accounts.find(recipientId).ifPresent(other -> notifier.notify(other, notifier.text(other, key,
                Times.dayTime(booking.startsAt(), other.zone(), other.language()), other.zone().getId())
                + mirrorLine(other, booking), null));
    }
}
