package io.mentorbot.bookings;

/** The three lists of a student's own bookings, as "My consultations" shows them. */
public enum StudentShelf {
    /** Active bookings (awaiting payment or confirmed) that have not ended, soonest first. */
    UPCOMING,
    /** Bookings that are over and were not cancelled (ended, completed, no-show), newest first. */
    PAST,
    /** Cancelled bookings, newest session first. */
    CANCELLED
}
