package io.mentorbot.calendar;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: attempt n waits between half and all of {@code base * 2^(n-1)}, never more than
 * {@code cap}. The jitter keeps many tasks that failed together (one Google outage) from retrying in lockstep.
 */
record Backoff(Duration base, Duration cap) {

    Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long full = Math.min(cap.toMillis(), base.toMillis() << doublings);
        if (full <= 1) {
            return Duration.ofMillis(Math.max(full, 0));
        }
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full - full / 2 + 1));
    }
}
