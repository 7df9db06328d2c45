package io.mentorbot.telegram.calendar;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.calendar.CalendarEventMirrored;
import io.mentorbot.calendarlink.MeetLinks;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends both sides the Google Meet link of their session, once, when Google has made it (GOOGLE_MEET_LINKS). */
@Component
class MeetLinkNotice {

    private final MeetLinks meetLinks;
    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final Notifier notifier;

    MeetLinkNotice(MeetLinks meetLinks, BookingDesk bookings, AccountDesk accounts, Notifier notifier) {
        this.meetLinks = meetLinks;
        this.bookings = bookings;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CalendarEventMirrored event) {
        meetLinks.claimNewLink(event).flatMap(bookings::find).ifPresent(booking -> {
            accounts.find(booking.studentId()).ifPresent(student -> tell(student, booking, booking.mentorName(),
                    event.meetLink()));
            accounts.find(booking.mentorId()).ifPresent(mentor -> tell(mentor, booking, booking.studentName(),
                    event.meetLink()));
        });
    }

    private void tell(Account who, BookingView booking, String other, String link) {
        notifier.notify(who, notifier.text(who, "calendar.meet-link", other,
                Times.dayTime(booking.startsAt(), who.zone(), who.language()), who.zone().getId(), link), null);
    }
}
