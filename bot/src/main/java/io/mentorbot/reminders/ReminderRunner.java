package io.mentorbot.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one planned message: checks it still makes sense, then in one transaction claims it in
 * {@code reminders_sent} and hands it to the first {@link SessionNotices} channel that reaches the person, which queues
 * it in the same transaction (Telegram: its outbox; e-mail: the event publication registry, the letter going out after
 * the commit). So the claim and the message commit together: exactly one queued message per booking, kind and person,
 * whichever of several firings (or instances) runs. The outbox (or the registry's listener) then delivers it, and
 * tries a refused send again; the one window left is a crash between Telegram (or the mail server) taking the message
 * and the outbox (or the registry) marking it sent, which sends it twice. A message that could not be queued rolls
 * its claim back and is tried again later, up to {@link ReminderSettings#maxAttempts()}.
 */
@Component
class ReminderRunner {

    private static final Logger log = LoggerFactory.getLogger(ReminderRunner.class);

    private final BookingDesk desk;
    private final SentLog sent;
    private final SessionSchedule schedule;
    private final List<SessionNotices> channels;
    private final ReminderSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReminderRunner(BookingDesk desk, SentLog sent, SessionSchedule schedule, List<SessionNotices> channels,
                   ReminderSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.desk = desk;
        this.sent = sent;
        this.schedule = schedule;
        this.channels = List.copyOf(channels);
        this.settings = settings;
        this.clock = clock;
    }

    void run(PlannedNotice notice) {
        Optional<BookingView> booking = desk.find(notice.bookingId())
                .filter(found -> stillWanted(found, notice, clock.instant()));
        if (booking.isEmpty()) {
            log.debug("Dropped {} of booking {}: no longer due", notice.name(), notice.bookingId());
            return;
        }
        boolean failed = false;
        for (boolean toMentor : notice.isFollowUp() ? List.of(true) : List.of(false, true)) {
            String kind = notice.name() + (toMentor ? ":mentor" : ":student");
            failed |= Boolean.TRUE.equals(transaction.execute(tx -> {
                if (!sent.claim(notice.bookingId(), kind)) {
                    return false; // another firing of this job has it
                }
                if (send(booking.get(), notice, toMentor) == Delivery.FAILED) {
                    tx.setRollbackOnly(); // gives the claim back
                    return true;
                }
                sent.sent(notice.bookingId(), kind);
                return false;
            }));
        }
        if (failed && notice.attempt() < settings.maxAttempts()) {
            schedule.schedule(notice.nextAttempt(), clock.instant().plus(settings.retryDelay()));
        } else if (failed) {
            log.warn("Gave up on {} of booking {} after {} attempts", notice.name(), notice.bookingId(),
                    notice.attempt());
        }
    }

    private Delivery send(BookingView booking, PlannedNotice notice, boolean toMentor) {
        try {
            for (SessionNotices channel : channels) {
                Delivery delivery = notice.isFollowUp() ? channel.askWhetherHeld(booking)
                        : channel.remind(booking, notice.lead(), toMentor);
                if (delivery != Delivery.UNREACHABLE) {
                    return delivery;
                }
            }
            return Delivery.SKIPPED; // no channel reaches this person
        } catch (RuntimeException e) {
            log.warn("Could not send {} of booking {}", notice.name(), booking.id(), e);
            return Delivery.FAILED;
        }
    }

    /**
     * A reminder is wanted while the session is confirmed at the time it was planned for, has not started, and no
     * closer reminder is due yet (after downtime only the freshest one goes out). A follow-up once it has ended.
     */
    boolean stillWanted(BookingView booking, PlannedNotice notice, Instant now) {
        if (booking.status() != BookingStatus.CONFIRMED || !booking.startsAt().equals(notice.startsAt())) {
            return false;
        }
        if (notice.isFollowUp()) {
            return !now.isBefore(booking.endsAt());
        }
        for (Duration closer : settings.leadTimes()) {
            if (closer.compareTo(notice.lead()) < 0 && !now.isBefore(booking.startsAt().minus(closer))) {
                return false;
            }
        }
        return now.isBefore(booking.startsAt());
    }
}
