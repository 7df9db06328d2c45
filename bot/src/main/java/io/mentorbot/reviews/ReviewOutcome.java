package io.mentorbot.reviews;

/** What became of a student's rating: {@code review} is set when it was saved. */
public record ReviewOutcome(Result result, Review review) {

    public enum Result {
        SAVED,
        /** The booking has a review already: one per session. */
        ALREADY_REVIEWED,
        /** Not the presser's session, or not a completed one. */
        NOT_REVIEWABLE
    }

    static ReviewOutcome refused(Result result) {
        return new ReviewOutcome(result, null);
    }
}
