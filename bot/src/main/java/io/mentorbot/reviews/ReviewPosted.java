package io.mentorbot.reviews;

/** A student rated their completed session (the comment may follow); published inside the rating transaction. */
public record ReviewPosted(long reviewId, long bookingId, long mentorId, long studentId, int stars) {
}
