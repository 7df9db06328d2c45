package io.mentorbot.reviews;

/** The mentor answered a review of them (once); published inside that transaction. */
public record ReviewAnswered(long reviewId, long mentorId, long studentId) {
}
