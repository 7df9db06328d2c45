package io.mentorbot.reviews;

/**
 * The mentor said whether a confirmed session took place: {@code held} (now COMPLETED) or not (NO_SHOW). Published
 * once, inside the transaction that changed the booking.
 */
public record SessionOutcomeRecorded(long bookingId, long mentorId, boolean held) {
}
