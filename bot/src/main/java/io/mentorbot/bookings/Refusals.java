package io.mentorbot.bookings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import io.mentorbot.bookings.BookingOutcome.Result;
import io.mentorbot.bookings.BookingStore.SlotFacts;

/**
 * Tells why a conditional statement changed nothing. It only explains a decision the database has already made,
 * never makes one, so what it reads a moment later cannot let a request through.
 */
final class Refusals {

    private final BookingStore bookings;
    private final BookingFinder finder;
    private final BookingSettings settings;

    Refusals(BookingStore bookings, BookingFinder finder, BookingSettings settings) {
        this.bookings = bookings;
        this.finder = finder;
        this.settings = settings;
    }

    BookingOutcome whyNotBooked(long slotId, long studentId, Instant now) {
        Optional<SlotFacts> found = bookings.slotFacts(slotId);
        if (found.isEmpty() || found.get().status().equals("CANCELLED")) {
            return BookingOutcome.refused(Result.NOT_FOUND);
        }
        SlotFacts slot = found.get();
        if (slot.mentorId() == studentId) {
            return BookingOutcome.refused(Result.OWN_SLOT);
        }
        if (!slot.mentorAvailable()) {
            return BookingOutcome.refused(Result.MENTOR_UNAVAILABLE);
        }
        if (!slot.status().equals("FREE")) {
            return slot.holder() != null && slot.holder() == studentId
                    ? new BookingOutcome(Result.ALREADY_YOURS, finder.activeForSlot(slotId).orElse(null), null)
                    : BookingOutcome.refused(Result.SLOT_TAKEN);
        }
        if (slot.startsAt().isBefore(settings.earliestStart(now))) {
            return new BookingOutcome(Result.TOO_SOON, null, settings.minNotice());
        }
        if (slot.startsAt().isAfter(now.plus(settings.horizon()))) {
            return new BookingOutcome(Result.TOO_FAR, null, settings.horizon());
        }
        BookingStore.Active active = bookings.active(studentId, slot.mentorId(), now);
        if (active.total() >= settings.maxActivePerStudent()) {
            return BookingOutcome.tooMany(Result.STUDENT_LIMIT, settings.maxActivePerStudent());
        }
        if (active.withMentor() >= settings.maxActivePerPair()) {
            return BookingOutcome.tooMany(Result.MENTOR_LIMIT, settings.maxActivePerPair());
        }
        return BookingOutcome.refused(Result.SLOT_TAKEN); // it changed hands and back in the meantime
    }

    PaymentOutcome whyNotConfirmed(long bookingId, long studentId) {
        Optional<BookingView> found = finder.find(bookingId).filter(view -> view.studentId() == studentId);
        if (found.isEmpty()) {
            return new PaymentOutcome(PaymentOutcome.Result.NOT_YOURS_OR_NOT_FOUND, null);
        }
        BookingView booking = found.get();
        boolean expired = booking.status() == BookingStatus.PENDING_PAYMENT
                || booking.status() == BookingStatus.CANCELLED && BookingDesk.HOLD_EXPIRED.equals(booking.cancelReason());
        return new PaymentOutcome(expired ? PaymentOutcome.Result.EXPIRED : PaymentOutcome.Result.NOT_PENDING, booking);
    }

    /** Why a cancellation or the first step of a reschedule was refused: whose, which status, or too late. */
    ChangeOutcome whyNotChanged(long bookingId, Predicate<BookingView> mayChange, Duration window) {
        Optional<BookingView> found = finder.find(bookingId).filter(mayChange);
        if (found.isEmpty()) {
            return new ChangeOutcome(ChangeOutcome.Result.NOT_YOURS_OR_NOT_FOUND, null, null);
        }
        return found.get().status().isActive()
                ? new ChangeOutcome(ChangeOutcome.Result.TOO_LATE, found.get(), window)
                : new ChangeOutcome(ChangeOutcome.Result.NOT_ACTIVE, found.get(), null);
    }

    /** Why the new slot of a reschedule could not be taken; the booking is unchanged. */
    ChangeOutcome whyNotMoved(long bookingId, long mentorId, long newSlotId, Instant now) {
        BookingView booking = finder.find(bookingId).orElseThrow();
        Optional<SlotFacts> found = bookings.slotFacts(newSlotId);
        if (found.isEmpty() || found.get().status().equals("CANCELLED") || found.get().mentorId() != mentorId) {
            return new ChangeOutcome(ChangeOutcome.Result.SLOT_NOT_FOUND, booking, null);
        }
        SlotFacts slot = found.get();
        if (!slot.mentorAvailable()) {
            return new ChangeOutcome(ChangeOutcome.Result.MENTOR_UNAVAILABLE, booking, null);
        }
        if (slot.status().equals("FREE") && slot.startsAt().isBefore(settings.earliestStart(now))) {
            return new ChangeOutcome(ChangeOutcome.Result.TOO_SOON, booking, settings.minNotice());
        }
        if (slot.status().equals("FREE") && slot.startsAt().isAfter(now.plus(settings.horizon()))) {
            return new ChangeOutcome(ChangeOutcome.Result.TOO_FAR, booking, settings.horizon());
        }
        return new ChangeOutcome(ChangeOutcome.Result.SLOT_TAKEN, booking, null);
    }
}
