package io.mentorbot.reminders;

/** What became of one message to one person. */
public enum Delivery {
    /** Queued for delivery with the caller's transaction. */
    SENT,
    /** Deliberately not sent (paused, erased or unreachable account): never retried. */
    SKIPPED,
    /** Could not be queued: it may be tried again, since the person has not seen it. */
    FAILED,
    /**
     * This channel has no way to this person at all (a Telegram channel and an account without a Telegram chat; an
     * e-mail channel and an account without a verified address): the next channel is asked. When no channel reaches
     * them, the message counts as {@link #SKIPPED}.
     */
    UNREACHABLE
}
