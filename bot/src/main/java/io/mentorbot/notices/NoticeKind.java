package io.mentorbot.notices;

/** What a notice tells its reader. */
public enum NoticeKind {
    /** To the mentor: a student booked a session (it is confirmed). */
    BOOKING_NEW,
    /** To the other side (both, when an admin cancelled): a confirmed session was cancelled. */
    BOOKING_CANCELLED,
    /** To the mentor: the student moved the session to another time. */
    BOOKING_RESCHEDULED,
    /** To the student: an unpaid booking's hold ran out, and its time is free again. */
    HOLD_EXPIRED;

    /** The message key of the notice's text. */
    String key() {
        return "notice." + name().toLowerCase().replace('_', '-');
    }
}
