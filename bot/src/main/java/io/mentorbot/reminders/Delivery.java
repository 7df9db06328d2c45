package io.mentorbot.reminders;

/** What became of one message to one person. */
public enum Delivery {
    /** Telegram accepted it. */
    SENT,
    /** Deliberately not sent (paused, erased or unreachable account): never retried. */
    SKIPPED,
    /** Telegram did not accept it: it may be tried again, since the person has not seen it. */
    FAILED
}
