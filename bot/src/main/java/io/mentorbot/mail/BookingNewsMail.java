package io.mentorbot.mail;

import java.time.Clock;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingHoldExpired;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.calendarlink.MirroredCalendars;
import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewAnswered;
import io.mentorbot.reviews.ReviewDesk;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Booking news by e-mail for people the bot cannot write to: accounts without a Telegram chat (made by a Google or
 * GitHub sign-in) with a verified address. The mentor hears of a confirmed booking (with the calendar file, unless
 * their Google Calendar mirrors the session), of a booking moved, and of one cancelled by the student, an admin or an
 * erasure; the student of a booking cancelled by the mentor, an admin or an erasure, of a payment hold that ran out
 * and of the mentor's reply to their review. What the bot tells in Telegram, told here; people with a Telegram chat
 * get none of these letters (a student's own confirmation and change letters stay with {@link BookingMail}).
 * <p>
 * Module listeners, as {@link BookingMail}: after the change has committed, each event recorded in the publication
 * registry until its letter is out, so a failing mail server delays a letter but never loses it or undoes a booking.
 * The news of a booking confirmed, moved or cancelled is written by {@link BookingMail}'s listeners of those events,
 * so the module records each booking event once (one row in the registry, one task), not once per letter kind: the
 * booking path pays for one publication, as before these letters. A retry after a failed letter may send the other
 * letter of the same event again; none is lost.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class BookingNewsMail {

    private static final Logger log = LoggerFactory.getLogger(BookingNewsMail.class);

    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final ReviewDesk reviews;
    private final MirroredCalendars mirrored;
    private final Postbox postbox;
    private final NewsLetters letters;
    private final Clock clock;

    BookingNewsMail(BookingDesk bookings, AccountDesk accounts, ReviewDesk reviews, MirroredCalendars mirrored,
                    Postbox postbox, NewsLetters letters, Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.reviews = reviews;
        this.mirrored = mirrored;
        this.postbox = postbox;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * Whether this person's booking news goes by e-mail: not erased, blocked or paused (who the bot would not tell
     * either), not reachable in Telegram (no chat, or Telegram refuses our messages), a verified address.
     */
    static boolean toldByMail(Account account) {
        return !account.isDeleted() && !account.isBlocked() && !account.isPaused() && !account.hearsInTelegram()
                && account.verifiedEmail().isPresent();
    }

    /** Whether the student of a booking cancelled so hears of it from this listener rather than {@link BookingMail}. */
    static boolean tellsStudent(Account student, BookingCancelled.By by) {
        return toldByMail(student) && by != BookingCancelled.By.STUDENT && by != BookingCancelled.By.STUDENT_ERASED;
    }

    /** The mentor's news of a confirmed booking; called by {@link BookingMail}'s listener of the event. */
    void confirmed(BookingConfirmed event) throws MessagingException {
        BookingView booking = event.booking();
        Optional<Account> mentor = addressee(booking.mentorId());
        if (mentor.isPresent()) {
            deliver(mentor.get(), letters.mentorBooked(mentor.get(), address(mentor.get()), booking,
                    mirrored.mirrorsSessionsOf(booking.mentorId()), clock.instant()), booking.id(), "new booking");
        }
    }

    /** The mentor's news of a booking moved; called by {@link BookingMail}'s listener of the event. */
    void rescheduled(BookingRescheduled event) throws MessagingException {
        BookingView booking = bookings.find(event.bookingId()).orElse(null);
        Optional<Account> mentor = booking == null ? Optional.empty() : addressee(booking.mentorId());
        if (mentor.isPresent()) {
            deliver(mentor.get(), letters.mentorMoved(mentor.get(), address(mentor.get()), booking,
                    event.oldStartsAt(), mirrored.mirrorsSessionsOf(booking.mentorId()), clock.instant()),
                    booking.id(), "move");
        }
    }

    /** Either side's news of a booking cancelled; called by {@link BookingMail}'s listener of the event. */
    void cancelled(BookingCancelled event) throws MessagingException {
        BookingView booking = bookings.find(event.bookingId()).orElse(null);
        if (booking == null || !postbox.isOpen()) {
            return;
        }
        boolean mirror = mirrored.mirrorsSessionsOf(booking.mentorId());
        // The mentor was told only of a confirmed booking, so only its cancellation is news to them.
        if (!event.by().mentorSide() && booking.confirmedAt() != null) {
            Optional<Account> mentor = addressee(booking.mentorId());
            if (mentor.isPresent()) {
                deliver(mentor.get(), letters.cancelled(mentor.get(), address(mentor.get()), booking, event, mirror,
                        clock.instant()), booking.id(), "cancellation");
            }
        }
        Optional<Account> student = accounts.find(booking.studentId()).filter(s -> tellsStudent(s, event.by()));
        if (student.isPresent()) {
            deliver(student.get(), letters.cancelled(student.get(), address(student.get()), booking, event, mirror,
                    clock.instant()), booking.id(), "cancellation");
        }
    }

    @ApplicationModuleListener
    void on(BookingHoldExpired event) throws MessagingException {
        BookingView booking = bookings.find(event.bookingId()).orElse(null);
        Optional<Account> student = booking == null ? Optional.empty() : addressee(booking.studentId());
        if (student.isPresent()) {
            deliver(student.get(), letters.holdExpired(student.get(), address(student.get()), booking), booking.id(),
                    "hold expiry");
        }
    }

    @ApplicationModuleListener
    void on(ReviewAnswered event) throws MessagingException {
        Optional<Account> student = addressee(event.studentId());
        if (student.isEmpty()) {
            return;
        }
        Review review = reviews.find(event.reviewId()).orElse(null);
        Account mentor = accounts.find(event.mentorId()).orElse(null);
        if (review == null || review.reply() == null || mentor == null) {
            return;
        }
        deliver(student.get(), letters.reviewAnswered(student.get(), address(student.get()), mentor.displayName(),
                mentor.id(), review.reply()), review.bookingId(), "review reply");
    }

    private Optional<Account> addressee(long accountId) {
        return postbox.isOpen() ? accounts.find(accountId).filter(BookingNewsMail::toldByMail) : Optional.empty();
    }

    private static String address(Account account) {
        return account.verifiedEmail().orElseThrow();
    }

    // Throws on failure: the publication stays incomplete and is sent again later.
    private void deliver(Account reader, Letter letter, long bookingId, String what) throws MessagingException {
        try {
            postbox.deliver(letter);
        } catch (MessagingException | MailException e) {
            log.warn("Could not e-mail the {} of booking {} to {} (will try again): {}", what, bookingId,
                    Postbox.masked(letter.to()), e.getMessage());
            throw e;
        }
        log.info("Booking {} {} e-mailed to account {} at {}", bookingId, what, reader.id(),
                Postbox.masked(letter.to()));
    }
}
