package io.mentorbot.mail;

import java.time.Duration;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.reminders.Delivery;
import io.mentorbot.reminders.SessionNotices;
import io.mentorbot.reviews.SessionOutcomeRecorded;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminders, the mentor's "did it take place?" and the student's review request by e-mail, for people without a
 * Telegram chat (signed in with Google or GitHub) who have a verified address; each letter links to the booking in the
 * web app ({@code <web-base-url>/bookings/<id>}), where they answer.
 * <p>
 * As a {@link SessionNotices} channel it comes after Telegram, so it is asked only for someone Telegram cannot reach.
 * Exactly once: the reminder runner claims the message in {@code reminders_sent} and calls {@link #remind} in one
 * transaction; this publishes a {@link SessionLetter}, which the event publication registry records in that same
 * transaction. The letter itself goes out after the commit ({@link #on(SessionLetter)}), never inside it: a claim that
 * rolls back leaves no letter behind, and a committed claim always has its recorded publication. A send that fails
 * throws, leaving the publication incomplete, and {@link PublicationRetries} (or the next start) tries again. The one
 * window left is a crash after the mail server took the letter and before the publication was marked complete: the
 * letter then goes twice, as a Telegram message can (the outbox has the same window); it is never lost.
 * <p>
 * Without an SMTP host this bean does not exist: the runner then finds no channel for these people and skips them.
 */
@Component
@Order(1)
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class SessionLetters implements SessionNotices {

    private static final Logger log = LoggerFactory.getLogger(SessionLetters.class);

    private final AccountDesk accounts;
    private final BookingDesk bookings;
    private final Postbox postbox;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final WebApp web;

    SessionLetters(AccountDesk accounts, BookingDesk bookings, Postbox postbox, Letters letters,
                   ApplicationEventPublisher events, WebApp web) {
        this.accounts = accounts;
        this.bookings = bookings;
        this.postbox = postbox;
        this.letters = letters;
        this.events = events;
        this.web = web;
    }

    @Override
    public Delivery remind(BookingView booking, Duration lead, boolean toMentor) {
        return queue(booking, toMentor ? booking.mentorId() : booking.studentId(), lead.toMinutes());
    }

    @Override
    public Delivery askWhetherHeld(BookingView booking) {
        return queue(booking, booking.mentorId(), null);
    }

    private Delivery queue(BookingView booking, long readerId, Long leadMinutes) {
        Optional<Account> reader = accounts.find(readerId);
        if (reader.isEmpty() || !postbox.isOpen() || reader.get().verifiedEmail().isEmpty()) {
            return Delivery.UNREACHABLE;
        }
        if (!mayBeWritten(reader.get())) {
            return Delivery.SKIPPED;
        }
        events.publishEvent(new SessionLetter(booking.id(), readerId, leadMinutes, booking.startsAt()));
        return Delivery.SENT;
    }

    /** After the claim committed, on a thread of its own: the letter, if the session is still as it was planned. */
    @ApplicationModuleListener
    void on(SessionLetter due) throws MessagingException {
        Optional<BookingView> booking = bookings.find(due.bookingId()).filter(b ->
                b.status() == BookingStatus.CONFIRMED && b.startsAt().equals(due.startsAt()));
        Optional<Account> reader = accounts.find(due.accountId()).filter(SessionLetters::mayBeWritten);
        if (booking.isEmpty() || reader.isEmpty() || reader.get().verifiedEmail().isEmpty() || !postbox.isOpen()) {
            return; // moved, cancelled or erased since: nothing to say any more
        }
        Account to = reader.get();
        String address = to.verifiedEmail().orElseThrow();
        BookingView session = booking.get();
        Letter letter = due.leadMinutes() == null
                ? letters.askWhetherHeld(to, address, session, link(session))
                : letters.reminder(to, address, session, Duration.ofMinutes(due.leadMinutes()),
                        to.id().equals(session.mentorId()), link(session));
        deliver(letter, session.id(), due.leadMinutes() == null ? "follow-up" : "reminder");
    }

    /**
     * The student of a session the mentor says took place is asked for a review, as the bot asks in the chat: by
     * e-mail when they have no Telegram chat. After the outcome committed; retried like every letter.
     */
    @ApplicationModuleListener
    void on(SessionOutcomeRecorded event) throws MessagingException {
        if (!event.held() || !postbox.isOpen()) {
            return;
        }
        Optional<BookingView> booking = bookings.find(event.bookingId());
        Optional<Account> student = booking.flatMap(b -> accounts.find(b.studentId()))
                .filter(s -> mayBeWritten(s) && s.verifiedEmail().isPresent()
                        && !s.hearsInTelegram());
        if (student.isEmpty()) {
            return;
        }
        Account to = student.get();
        deliver(letters.reviewRequest(to, to.verifiedEmail().orElseThrow(), booking.get(), link(booking.get())),
                event.bookingId(), "review request");
    }

    private static boolean mayBeWritten(Account account) {
        return !account.isDeleted() && !account.isBlocked() && !account.isPaused();
    }

    private String link(BookingView booking) {
        return web.booking(booking.id());
    }

    // Throws on failure: the publication stays incomplete and is sent again later.
    private void deliver(Letter letter, long bookingId, String what) throws MessagingException {
        try {
            postbox.deliver(letter);
            log.info("The {} of booking {} e-mailed to {}", what, bookingId, Postbox.masked(letter.to()));
        } catch (MessagingException | MailException e) {
            log.warn("Could not e-mail the {} of booking {} to {} (will try again): {}", what, bookingId,
                    Postbox.masked(letter.to()), e.getMessage());
            throw e;
        }
    }
}
