package io.mentorbot.bookings;

import java.time.Duration;

/**
 * What became of a request to book a slot.
 *
 * @param result  booked, or why not
 * @param booking the booking for {@link Result#BOOKED} and {@link Result#ALREADY_YOURS}; {@code null} otherwise
 * @param limit   for {@link Result#TOO_SOON} the minimum notice, for {@link Result#TOO_FAR} the horizon;
 *                {@code null} otherwise
 * @param maxActive for {@link Result#STUDENT_LIMIT} and {@link Result#MENTOR_LIMIT} the number of upcoming bookings
 *                allowed; 0 otherwise
 */
public record BookingOutcome(Result result, BookingView booking, Duration limit, int maxActive) {

    public BookingOutcome(Result result, BookingView booking, Duration limit) {
        this(result, booking, limit, 0);
    }

    /** Booked, or why not. */
    public enum Result {
        /** Booked: CONFIRMED with a free mentor, PENDING_PAYMENT (slot held until {@code holdUntil}) with a paid one. */
        BOOKED,
        /** The student already holds this slot (e.g. pressed the button twice); nothing changed. */
        ALREADY_YOURS,
        /** The slot is not free any more: someone else was faster, or the mentor blocked it. */
        SLOT_TAKEN,
        /** The slot starts within the minimum notice (or has started). */
        TOO_SOON,
        /** The slot starts beyond the booking horizon. */
        TOO_FAR,
        /** There is no such slot, or it was deleted. */
        NOT_FOUND,
        /** A mentor tried to book their own slot. */
        OWN_SLOT,
        /** The mentor no longer takes bookings (no longer a mentor, paused or deleted). */
        MENTOR_UNAVAILABLE,
        /** The note is longer than {@link BookingDesk#NOTE_MAX_LENGTH}. */
        NOTE_TOO_LONG,
        /** The student already holds {@link BookingSettings#maxActivePerStudent()} upcoming bookings. */
        STUDENT_LIMIT,
        /** The student already holds {@link BookingSettings#maxActivePerPair()} upcoming bookings with this mentor. */
        MENTOR_LIMIT
    }

    public boolean booked() {
        return result == Result.BOOKED;
    }

    static BookingOutcome refused(Result result) {
        return new BookingOutcome(result, null, null);
    }

    static BookingOutcome tooMany(Result result, int maxActive) {
        return new BookingOutcome(result, null, null, maxActive);
    }
}
