package io.mentorbot.mail;

import java.time.Clock;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingView;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the student a confirmed booking, with the calendar file, when the student has a verified address; and, once
 * such a booking is moved or cancelled, the news with the file that updates their calendar.
 * <p>
 * Module listeners: each runs after the booking has committed, on a thread of its own, so a slow or failing mail
 * server never undoes or delays a booking. Each event they take is recorded in the event publication registry with
 * the booking's transaction (one row), and stays there until the letter is out: a send that fails throws, leaving it
 * incomplete, and {@link PublicationRetries} tries again; a process that dies between the commit and the send has it
 * sent at the next start. Without an SMTP host this bean does not exist, so nothing is recorded.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class BookingMail {

    private static final Logger log = LoggerFactory.getLogger(BookingMail.class);

    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final Postbox postbox;
    private final Letters letters;
    private final Clock clock;
    private final BookingNewsMail news;

    BookingMail(BookingDesk bookings, AccountDesk accounts, Postbox postbox, Letters letters, Clock clock,
                BookingNewsMail news) {
        this.news = news;
        this.bookings = bookings;
        this.accounts = accounts;
        this.postbox = postbox;
        this.letters = letters;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BookingRescheduled event) throws MessagingException {
        changed(event.bookingId(), null);
        news.rescheduled(event);
    }

    @ApplicationModuleListener
    void on(BookingCancelled event) throws MessagingException {
        changed(event.bookingId(), event.by());
        news.cancelled(event);
    }

    /**
     * A confirmed booking moved or cancelled ({@code cancelledBy} who, or null for a move): the file the student got
     * needs its update. A student without a Telegram chat whom the other side cancelled hears of it, with the file,
     * from {@link BookingNewsMail}, which says who cancelled.
     */
    private void changed(long bookingId, BookingCancelled.By cancelledBy) throws MessagingException {
        if (!postbox.isOpen()) {
            return;
        }
        BookingView booking = bookings.find(bookingId).filter(b -> b.confirmedAt() != null).orElse(null);
        Account student = booking == null ? null : addressee(booking.studentId());
        if (student == null || cancelledBy != null && BookingNewsMail.tellsStudent(student, cancelledBy)) {
            return;
        }
        String address = student.verifiedEmail().orElseThrow();
        deliver(letters.bookingChanged(student, address, booking, clock.instant()), bookingId, "change");
        log.info("Booking {} change e-mailed to {}", booking.id(), Postbox.masked(address));
    }

    @ApplicationModuleListener
    void on(BookingConfirmed event) throws MessagingException {
        if (!postbox.isOpen()) {
            return;
        }
        confirmed(event);
        news.confirmed(event);
    }

    /** The student's confirmation, when they have a verified address. */
    private void confirmed(BookingConfirmed event) throws MessagingException {
        // The student first: most have no verified address, and then nothing else is read.
        Account student = addressee(event.booking().studentId());
        if (student == null) {
            return;
        }
        BookingView booking = bookings.find(event.bookingId()).orElse(null);
        if (booking == null) {
            return;
        }
        String address = student.verifiedEmail().orElseThrow();
        deliver(letters.bookingConfirmed(student, address, booking, clock.instant()), booking.id(), "confirmation");
        log.info("Booking {} confirmation e-mailed to {}", booking.id(), Postbox.masked(address));
    }

    /** The student, if letters may go to them: not erased, with a verified address. */
    private Account addressee(long studentId) {
        return accounts.find(studentId).filter(s -> !s.isDeleted() && s.verifiedEmail().isPresent()).orElse(null);
    }

    // Throws on failure: the publication stays incomplete and is sent again later.
    private void deliver(Letter letter, long bookingId, String what) throws MessagingException {
        try {
            postbox.deliver(letter);
        } catch (MessagingException | MailException e) {
            log.warn("Could not e-mail the {} of booking {} to {} (will try again): {}", what, bookingId,
                    Postbox.masked(letter.to()), e.getMessage());
            throw e;
        }
    }
}
