package io.mentorbot.mail;

import java.time.Clock;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the student a confirmed booking, with the calendar file, when the student has a verified address; and, once
 * such a booking is moved or cancelled, the news with the file that updates their calendar.
 * <p>
 * Runs after the booking has committed, outside its transaction, so a slow or failing mail server can never undo
 * or delay a booking. A plain transactional listener: there is no event publication registry yet, so a confirmation
 * is lost if the process dies between the commit and the send (the chat still has it).
 */
@Component
class BookingMail {

    private static final Logger log = LoggerFactory.getLogger(BookingMail.class);

    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final Postbox postbox;
    private final Letters letters;
    private final Clock clock;

    BookingMail(BookingDesk bookings, AccountDesk accounts, Postbox postbox, Letters letters, Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.postbox = postbox;
        this.letters = letters;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRescheduled event) {
        changed(event.bookingId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingCancelled event) {
        changed(event.bookingId());
    }

    /** A confirmed booking moved or cancelled: the file the student got needs its update. */
    private void changed(long bookingId) {
        if (!postbox.isOpen()) {
            return;
        }
        try {
            BookingView booking = bookings.find(bookingId).filter(b -> b.confirmedAt() != null).orElse(null);
            Account student = booking == null ? null : accounts.find(booking.studentId()).orElse(null);
            if (student == null || student.isDeleted() || student.verifiedEmail().isEmpty()) {
                return;
            }
            String address = student.verifiedEmail().get();
            if (postbox.send(letters.bookingChanged(student, address, booking, clock.instant()))) {
                log.info("Booking {} change e-mailed to {}", booking.id(), Postbox.masked(address));
            }
        } catch (RuntimeException e) {
            log.warn("Could not e-mail the change of booking {}", bookingId, e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the booking's transaction is over: read afresh
    void on(BookingConfirmed event) {
        if (!postbox.isOpen()) {
            return;
        }
        try {
            // The student first: most have no verified address, and then nothing else is read.
            Account student = accounts.find(event.booking().studentId()).orElse(null);
            if (student == null || student.isDeleted() || student.verifiedEmail().isEmpty()) {
                return;
            }
            BookingView booking = bookings.find(event.bookingId()).orElse(null);
            if (booking == null) {
                return;
            }
            String address = student.verifiedEmail().get();
            if (postbox.send(letters.bookingConfirmed(student, address, booking, clock.instant()))) {
                log.info("Booking {} confirmation e-mailed to {}", booking.id(), Postbox.masked(address));
            }
        } catch (RuntimeException e) {
            log.warn("Could not e-mail the confirmation of booking {}", event.bookingId(), e);
        }
    }
}
