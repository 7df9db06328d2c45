package io.mentorbot.reminders;

/** What became of one message to one person. */
public enum Delivery {
    /** Queued for delivery with the caller's transaction. */
    SENT,
    /** Deliberately not sent (paused, erased or unreachable account): never retried. */
    SKIPPED,
    /** Could not be queued: it may be tried again, since the person has not seen it. */
    FAILED
}
