package io.mentorbot.telegram.booking;

import java.time.Clock;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import io.mentorbot.telegram.dialog.Notifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the student's calendar in step with their booking: once a confirmed booking (whose file the student got) is
 * moved or cancelled, whoever did it, the student gets the file again as it now stands, same UID, higher SEQUENCE, so
 * opening it moves or removes the event. Written to the outbox in the change's own transaction, just before it
 * commits: after the screen's own message, and only if the change holds.
 */
@Component
class CalendarFileUpdate {

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final Clock clock;

    CalendarFileUpdate(BookingDesk desk, AccountDesk accounts, Notifier notifier, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingRescheduled event) {
        send(event.bookingId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingCancelled event) {
        send(event.bookingId());
    }

    private void send(long bookingId) {
        desk.find(bookingId).filter(b -> b.confirmedAt() != null)
                .ifPresent(booking -> accounts.find(booking.studentId()).ifPresent(student -> send(student, booking)));
    }

    private void send(Account student, BookingView booking) {
        String summary = notifier.text(student, "booking.ics.summary", booking.mentorName());
        String description = notifier.text(student, "booking.ics.description",
                booking.note() == null ? notifier.text(student, "booking.no-note") : booking.note());
        String caption = notifier.text(student, booking.status() == BookingStatus.CANCELLED
                ? "booking.ics.cancelled" : "booking.ics.moved");
        notifier.notifyDocument(student, CalendarFile.of(booking, clock.instant(), summary, description),
                CalendarFile.FILE_NAME, caption);
    }
}
