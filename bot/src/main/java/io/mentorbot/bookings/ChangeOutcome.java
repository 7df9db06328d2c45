package io.mentorbot.bookings;

import java.time.Duration;

/**
 * What became of a cancellation or a reschedule.
 *
 * @param result  done, or why not
 * @param booking the booking as it now stands, unless {@link Result#NOT_YOURS_OR_NOT_FOUND}
 * @param limit   for {@link Result#TOO_LATE} the change window (zero for a mentor: the session has started),
 *                for {@link Result#TOO_SOON} the minimum notice, for {@link Result#TOO_FAR} the horizon;
 *                {@code null} otherwise
 */
public record ChangeOutcome(Result result, BookingView booking, Duration limit) {

    /** Done, or why not. When not done, nothing changed. */
    public enum Result {
        DONE,
        /** No such booking, or not the acting person's (the two are not told apart on purpose). */
        NOT_YOURS_OR_NOT_FOUND,
        /** The booking is no longer active (cancelled, completed ...). */
        NOT_ACTIVE,
        /** Too close to the start: inside the change window for a student, after the start for a mentor. */
        TOO_LATE,
        /** Reschedule: the new slot does not exist or belongs to another mentor. */
        SLOT_NOT_FOUND,
        /** Reschedule: the new slot is the booking's own slot. */
        SAME_SLOT,
        /** Reschedule: the new slot is not free any more. */
        SLOT_TAKEN,
        /** Reschedule: the new slot starts within the minimum notice. */
        TOO_SOON,
        /** Reschedule: the new slot starts beyond the horizon. */
        TOO_FAR,
        /** Reschedule: the mentor no longer takes bookings. */
        MENTOR_UNAVAILABLE
    }

    public boolean done() {
        return result == Result.DONE;
    }
}
