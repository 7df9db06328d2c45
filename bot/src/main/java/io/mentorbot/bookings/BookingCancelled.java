package io.mentorbot.bookings;

/**
 * An active booking was cancelled, published inside the cancelling transaction.
 *
 * @param bookingId      the booking
 * @param by             who cancelled it
 * @param actorId        the account that acted: the student, the mentor, the admin, or the person who erased their
 *                       account
 * @param reason         the reason as stored (cleaned, cut to {@link BookingDesk#REASON_MAX_LENGTH}); {@code null}
 *                       when none was given or it is not kept (an erasure)
 * @param previousStatus the status the booking had before: PENDING_PAYMENT or CONFIRMED
 */
public record BookingCancelled(long bookingId, By by, long actorId, String reason, BookingStatus previousStatus) {

    /** Who cancelled a booking. */
    public enum By {
        /** The student, within the policy window. */
        STUDENT,
        /** The slot's mentor, before the start. */
        MENTOR,
        /** An admin, with a reason. */
        ADMIN,
        /** The student erased their account; nobody has told the mentor yet. */
        STUDENT_ERASED,
        /** The mentor erased their account; nobody has told the student yet. */
        MENTOR_ERASED;

        /** Whether the mentor's side cancelled (the mentor, or a mentor who erased their account). */
        public boolean mentorSide() {
            return this == MENTOR || this == MENTOR_ERASED;
        }

        /** Whether the cancellation came from an account's erasure. */
        public boolean erasure() {
            return this == STUDENT_ERASED || this == MENTOR_ERASED;
        }
    }
}
