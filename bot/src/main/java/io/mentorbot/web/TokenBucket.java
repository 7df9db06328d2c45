package io.mentorbot.web;

/**
 * One caller's budget of requests: {@code burst} tokens, refilled at {@code perSecond}; a request takes one. Time is
 * passed in (nanoseconds of a monotonic clock), so the arithmetic is testable and independent of the wall clock.
 */
final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updatedAt;

    TokenBucket(double perSecond, int burst, long now) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when there was one, else how many whole seconds until there is. */
    synchronized long take(long now) {
        tokens = Math.min(burst, tokens + (now - updatedAt) / 1e9 * perSecond);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
