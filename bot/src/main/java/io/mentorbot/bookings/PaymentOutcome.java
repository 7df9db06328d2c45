package io.mentorbot.bookings;

/**
 * What became of a payment confirmation.
 *
 * @param result  confirmed, or why not
 * @param booking the booking as it now stands, unless {@link Result#NOT_YOURS_OR_NOT_FOUND} (or not the student's, for
 *                {@link Result#NO_PROVIDER})
 */
public record PaymentOutcome(Result result, BookingView booking) {

    /** Confirmed, or why not. */
    public enum Result {
        /** The booking is CONFIRMED now. */
        CONFIRMED,
        /** No such booking, or another student's (the two are not told apart on purpose). */
        NOT_YOURS_OR_NOT_FOUND,
        /** The hold ran out before the payment; the slot may already be someone else's. */
        EXPIRED,
        /** The booking does not await a payment (already confirmed, or cancelled). */
        NOT_PENDING,
        /** No payment provider is set, so no payment can be taken; the booking is unchanged. */
        NO_PROVIDER
    }

    public boolean confirmed() {
        return result == Result.CONFIRMED;
    }
}
