package io.mentorbot.bookings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.mentorbot.bookings.BookingCancelled.By;
import io.mentorbot.bookings.BookingOutcome.Result;
import io.mentorbot.bookings.BookingStore.Cancelled;
import io.mentorbot.bookings.BookingStore.Held;
import io.mentorbot.bookings.BookingStore.Price;
import io.mentorbot.bookings.BookingStore.Taken;
import io.mentorbot.payments.Checkout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, confirms, cancels and reschedules sessions, and answers what is booked. Each change is decided by one
 * conditional statement in the database, so concurrent requests never both win. Methods join the caller's
 * transaction; a refusal is a result, never an exception or a failed statement, so the caller's work stays intact.
 * Events are published inside the transaction.
 */
// One service for the whole booking API, as its callers see it; the SQL and the refusal reasons live beside it.
@Service
public class BookingDesk {

    /** The longest note a student may leave for the mentor. */
    public static final int NOTE_MAX_LENGTH = 500;
    /** Longer cancellation reasons are cut to this length. */
    public static final int REASON_MAX_LENGTH = 500;
    /** The longest reason a student may give for cancelling, in the bot and on the web alike. */
    public static final int STUDENT_REASON_MAX_LENGTH = 300;
    static final String HOLD_EXPIRED = "payment not completed in time";
    private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);

    private final BookingStore bookings;
    private final BookingFinder finder;
    private final Refusals refusals;
    private final BookingSettings settings;
    private final Checkout checkout;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BookingDesk(BookingStore bookings, BookingFinder finder, BookingSettings settings, Checkout checkout, Clock clock,
                ApplicationEventPublisher events) {
        this.bookings = bookings;
        this.finder = finder;
        this.refusals = new Refusals(bookings, finder, settings);
        this.settings = settings;
        this.checkout = checkout;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Books a FREE slot that starts between the minimum notice and the horizon from now. With a free mentor (price 0,
     * or no profile) the booking is CONFIRMED at once; with a paid one it is PENDING_PAYMENT, holding the slot for
     * {@link BookingSettings#paymentHold()}; without a payment provider ({@link Checkout}) every booking is free.
     * A student holds at most {@link BookingSettings#maxActivePerStudent()} upcoming bookings, at most
     * {@link BookingSettings#maxActivePerPair()} of them with one mentor.
     */
    @Transactional
    public BookingOutcome book(long studentId, long slotId, String note) {
        String text = Texts.clean(note);
        if (text != null && text.length() > NOTE_MAX_LENGTH) {
            return BookingOutcome.refused(Result.NOTE_TOO_LONG);
        }
        Instant now = clock.instant();
        bookings.lockStudent(studentId);
        Optional<Taken> taken = bookings.takeSlot(slotId, studentId, null, limits(), settings.earliestStart(now),
                now.plus(settings.horizon()), now);
        if (taken.isEmpty()) {
            return refusals.whyNotBooked(slotId, studentId, now);
        }
        Price price = taken.get().price();
        boolean unpaid = price.minor() > 0 && !checkout.takesPayments();
        if (unpaid) {
            price = new Price(0, price.currency());
        }
        boolean free = price.minor() == 0;
        Optional<BookingView> inserted = bookings.insert(slotId, studentId, text,
                free ? BookingStatus.CONFIRMED : BookingStatus.PENDING_PAYMENT, price,
                free ? null : now.plus(settings.paymentHold()), now);
        if (inserted.isEmpty()) {
            return BookingOutcome.refused(Result.SLOT_TAKEN); // the slot already had a booking: BOOKED is right
        }
        BookingView booked = inserted.get();
        if (unpaid) {
            log.warn("Booking {}: mentor {} asks {} minor units of {}, but no payment provider is set "
                    + "(PAYMENTS_PROVIDER): booked as free", booked.id(), taken.get().mentorId(),
                    taken.get().price().minor(), taken.get().price().currency());
        }
        if (free) {
            events.publishEvent(new BookingConfirmed(booked.id(), booked));
        }
        return new BookingOutcome(Result.BOOKED, booked, null);
    }

    /**
     * Confirms the payment of the student's booking while its hold lasts: PENDING_PAYMENT to CONFIRMED. Without a
     * payment provider nothing can have been paid, so nothing is confirmed.
     */
    @Transactional
    public PaymentOutcome confirmPayment(long bookingId, long studentId) {
        if (!checkout.takesPayments()) {
            return new PaymentOutcome(PaymentOutcome.Result.NO_PROVIDER, finder.find(bookingId)
                    .filter(view -> view.studentId() == studentId).orElse(null));
        }
        if (bookings.confirm(bookingId, studentId, clock.instant())) {
            BookingView confirmed = finder.find(bookingId).orElseThrow();
            events.publishEvent(new BookingConfirmed(bookingId, confirmed));
            return new PaymentOutcome(PaymentOutcome.Result.CONFIRMED, confirmed);
        }
        return refusals.whyNotConfirmed(bookingId, studentId);
    }

    /** Cancels the bookings whose payment hold has run out and frees their slots; returns how many. */
    @Transactional
    public int expireHolds() {
        List<Long> expired = bookings.expireHolds(clock.instant(), HOLD_EXPIRED);
        expired.forEach(id -> events.publishEvent(new BookingHoldExpired(id)));
        return expired.size();
    }

    /**
     * Cancels the student's own booking and frees its slot. A confirmed booking can be cancelled only up to
     * {@link BookingSettings#changeWindow()} before the start; one awaiting payment up to the start. The mentor is
     * told by the listeners of {@link BookingCancelled}.
     */
    @Transactional
    public ChangeOutcome cancelByStudent(long bookingId, long studentId, String reason) {
        Instant now = clock.instant();
        String kept = Texts.reason(reason);
        Optional<Cancelled> done = bookings.cancelByStudent(bookingId, studentId, kept,
                now.plus(settings.changeWindow()), now);
        if (done.isEmpty()) {
            return refusals.whyNotChanged(bookingId, view -> view.studentId() == studentId, settings.changeWindow());
        }
        return cancelled(new BookingCancelled(bookingId, By.STUDENT, studentId, kept, done.get().previousStatus()),
                done.get().slotId(), "FREE", now);
    }

    /**
     * Cancels a booking of one of the mentor's slots, any time before the start; the slot becomes FREE or BLOCKED. The
     * student is told by the listeners of {@link BookingCancelled}.
     */
    @Transactional
    public ChangeOutcome cancelByMentor(long bookingId, long mentorId, String reason, boolean blockSlot) {
        Instant now = clock.instant();
        String kept = Texts.reason(reason);
        Optional<Cancelled> done = bookings.cancelByMentor(bookingId, mentorId, kept, now);
        if (done.isEmpty()) {
            return refusals.whyNotChanged(bookingId, view -> view.mentorId() == mentorId, Duration.ZERO);
        }
        return cancelled(new BookingCancelled(bookingId, By.MENTOR, mentorId, kept, done.get().previousStatus()),
                done.get().slotId(), blockSlot ? "BLOCKED" : "FREE", now);
    }

    /**
     * An admin cancels an active booking that has not ended, with a reason; the slot becomes FREE again. Only an
     * account the database holds for an admin may (anyone else gets {@code NOT_YOURS_OR_NOT_FOUND}). Both sides are
     * told, and the action is audited, by the listeners of {@link BookingCancelled}, within this transaction.
     */
    @Transactional
    public ChangeOutcome cancelByAdmin(long bookingId, long adminId, String reason) {
        Instant now = clock.instant();
        String kept = Texts.reason(reason);
        Optional<Cancelled> done = bookings.cancelByAdmin(bookingId, adminId, kept, now);
        if (done.isEmpty()) {
            boolean admin = bookings.isAdmin(adminId);
            return refusals.whyNotChanged(bookingId, view -> admin, Duration.ZERO);
        }
        return cancelled(new BookingCancelled(bookingId, By.ADMIN, adminId, kept, done.get().previousStatus()),
                done.get().slotId(), "FREE", now);
    }

    /** A page of bookings for the admin console. */
    @Transactional(readOnly = true)
    public BookingPage list(BookingQuery query, int page, int size) {
        return finder.page(query, clock.instant(), page, size);
    }

    /** A page of bookings for the admin lists, filtered and ordered as asked (page 0-based, not clamped). */
    @Transactional(readOnly = true)
    public BookingPage search(BookingSearch search, int page, int size) {
        return finder.search(search, page, size);
    }

    private BookingStore.Limits limits() {
        return new BookingStore.Limits(settings.maxActivePerStudent(), settings.maxActivePerPair());
    }

    private ChangeOutcome cancelled(BookingCancelled event, long slotId, String slotStatus, Instant now) {
        bookings.release(slotId, slotStatus, now);
        events.publishEvent(event);
        return new ChangeOutcome(ChangeOutcome.Result.DONE, finder.find(event.bookingId()).orElseThrow(), null);
    }

    /**
     * Moves the student's active booking to another FREE slot of the same mentor, under the rules of booking
     * (notice, horizon), and only up to {@link BookingSettings#changeWindow()} before the old start. The new slot
     * becomes BOOKED and the old one FREE; when the new slot is lost to someone else, nothing changes.
     */
    @Transactional
    public ChangeOutcome reschedule(long bookingId, long studentId, long newSlotId) {
        Instant now = clock.instant();
        Optional<Held> held = bookings.lockForChange(bookingId, studentId, now.plus(settings.changeWindow()));
        if (held.isEmpty()) {
            return refusals.whyNotChanged(bookingId, view -> view.studentId() == studentId, settings.changeWindow());
        }
        long oldSlotId = held.get().slotId();
        if (oldSlotId == newSlotId) {
            return new ChangeOutcome(ChangeOutcome.Result.SAME_SLOT, finder.find(bookingId).orElseThrow(), null);
        }
        // a move, not one booking more: no limits
        Optional<Taken> taken = bookings.takeSlot(newSlotId, studentId, held.get().mentorId(), null,
                settings.earliestStart(now), now.plus(settings.horizon()), now);
        if (taken.isEmpty()) {
            return refusals.whyNotMoved(bookingId, held.get().mentorId(), newSlotId, now);
        }
        if (!bookings.move(bookingId, newSlotId, now)) {
            return new ChangeOutcome(ChangeOutcome.Result.SLOT_TAKEN, finder.find(bookingId).orElseThrow(), null);
        }
        bookings.release(oldSlotId, "FREE", now);
        events.publishEvent(new BookingRescheduled(bookingId, studentId, oldSlotId, newSlotId, held.get().startsAt()));
        return new ChangeOutcome(ChangeOutcome.Result.DONE, finder.find(bookingId).orElseThrow(), null);
    }

    /** Any booking by id; callers check who may see it. */
    @Transactional(readOnly = true)
    public Optional<BookingView> find(long bookingId) {
        return finder.find(bookingId);
    }

    /**
     * The student's bookings: {@code upcoming} ones (active, not ended) soonest first, or past ones (ended, or no
     * longer active) newest first.
     */
    @Transactional(readOnly = true)
    public List<BookingView> forStudent(long studentId, boolean upcoming, int limit) {
        Instant now = clock.instant();
        return upcoming ? finder.upcomingForStudent(studentId, now, limit) : finder.pastForStudent(studentId, now, limit);
    }

    /**
     * One page ({@code page} 0-based, not clamped: past the end it is empty) of the student's bookings on one shelf,
     * with the shelf's total.
     */
    @Transactional(readOnly = true)
    public BookingPage forStudent(long studentId, StudentShelf shelf, int page, int size) {
        return finder.studentShelf(studentId, shelf, clock.instant(), page, size);
    }

    /** The mentor's active bookings that have not ended, soonest first. */
    @Transactional(readOnly = true)
    public List<BookingView> forMentor(long mentorId, int limit) {
        return finder.upcomingForMentor(mentorId, clock.instant(), limit);
    }

    /** The students who booked the mentor (cancelled bookings left out), the most recent session first. */
    @Transactional(readOnly = true)
    public List<Client> clientsOf(long mentorId) {
        return finder.clientsOf(mentorId);
    }

    /** The booking that holds the slot (PENDING_PAYMENT or CONFIRMED), if any. */
    @Transactional(readOnly = true)
    public Optional<BookingView> activeForSlot(long slotId) {
        return finder.activeForSlot(slotId);
    }
}
