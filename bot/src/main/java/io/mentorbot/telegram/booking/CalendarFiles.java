package io.mentorbot.telegram.booking;

import java.time.Clock;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import io.mentorbot.telegram.dialog.Notifier;
import org.springframework.stereotype.Component;

/**
 * Keeps the student's calendar in step with their booking: once a confirmed booking (whose file the student got) is
 * moved or cancelled, whoever did it, the student gets the file again as it now stands, same UID, higher SEQUENCE, so
 * opening it moves or removes the event. Used by the listeners of the change, in its transaction.
 */
@Component
class CalendarFiles {

    private final AccountDesk accounts;
    private final Notifier notifier;
    private final Clock clock;

    CalendarFiles(AccountDesk accounts, Notifier notifier, Clock clock) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Queues the booking's file as it now stands for its student, if they ever got one. */
    void sendUpdate(BookingView booking) {
        if (booking.confirmedAt() != null) {
            accounts.find(booking.studentId()).ifPresent(student -> send(student, booking));
        }
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
