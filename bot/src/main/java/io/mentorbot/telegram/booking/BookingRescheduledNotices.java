package io.mentorbot.telegram.booking;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the mentor that a student moved a booking, from when to when in the mentor's zone; then both sides get the
 * booking's calendar file as it now stands ({@link CalendarFiles}: same UID, higher SEQUENCE, the new time), except a
 * mentor whose Google Calendar mirrors the session, whose notice says so instead. Queued in the outbox by the moving
 * transaction just before it commits.
 */
@Component
class BookingRescheduledNotices {

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final CalendarFiles files;

    BookingRescheduledNotices(BookingDesk desk, AccountDesk accounts, Notifier notifier, CalendarFiles files) {
        this.desk = desk;
        this.accounts = accounts;
        this.notifier = notifier;
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingRescheduled event) {
        desk.find(event.bookingId()).ifPresent(after -> {
            accounts.find(after.mentorId()).ifPresent(mentor -> notifier.notify(mentor, notifier.text(mentor,
                    "reschedule.mentor", after.studentName(),
                    Times.dayTime(event.oldStartsAt(), mentor.zone(), mentor.language()),
                    Times.dayTime(after.startsAt(), mentor.zone(), mentor.language()), mentor.zone().getId())
                    + files.mirrorLine(mentor, after), null));
            files.sendUpdate(after, false);
        });
    }
}
