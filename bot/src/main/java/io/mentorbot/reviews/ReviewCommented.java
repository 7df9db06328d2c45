package io.mentorbot.reviews;

/** A student added their comment to their review; published inside that transaction. */
public record ReviewCommented(long reviewId, long bookingId, long mentorId, long studentId) {
}
