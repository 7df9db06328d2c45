package io.mentorbot.reminders;

import java.time.Duration;
import java.time.Instant;

/**
 * One planned message job: a reminder {@code lead} ahead of the session, or (lead {@code null}) the follow-up after
 * it. {@code startsAt} is the start it was planned for: a job left over from an older time of the booking sends nothing.
 */
record PlannedNotice(long bookingId, Duration lead, Instant startsAt, int attempt) {

    static final String FOLLOW_UP = "follow-up";

    static PlannedNotice reminder(long bookingId, Duration lead, Instant startsAt) {
        return new PlannedNotice(bookingId, lead, startsAt, 1);
    }

    static PlannedNotice followUp(long bookingId, Instant startsAt) {
        return new PlannedNotice(bookingId, null, startsAt, 1);
    }

    boolean isFollowUp() {
        return lead == null;
    }

    /** "remind-1440" (minutes ahead) or "follow-up": the job's name and the prefix of its {@code reminders_sent} kinds. */
    String name() {
        return isFollowUp() ? FOLLOW_UP : "remind-" + lead.toMinutes();
    }

    PlannedNotice nextAttempt() {
        return new PlannedNotice(bookingId, lead, startsAt, attempt + 1);
    }
}
