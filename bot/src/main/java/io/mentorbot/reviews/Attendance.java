package io.mentorbot.reviews;

/** What the mentor's answer to "Did the session take place?" did. */
public enum Attendance {
    /** The session is now COMPLETED. */
    COMPLETED,
    /** The session is now NO_SHOW. */
    NO_SHOW,
    /** Already answered (or the booking is no longer confirmed): nothing changed. */
    ALREADY_DECIDED,
    /** The session has not ended yet. */
    NOT_ENDED,
    /** Not a session of this mentor. */
    NOT_YOURS
}
