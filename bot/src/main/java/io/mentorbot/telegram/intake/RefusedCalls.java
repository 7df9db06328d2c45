package io.mentorbot.telegram.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the webhook calls refused, at most one warning per kind a minute: a flood of forged calls must not flood the
 * log too. Each line counts the calls of its kind refused since the previous one. Neither the secret sent nor the
 * body is ever logged.
 */
final class RefusedCalls {

    enum Kind {
        NO_SECRET("without the secret token"),
        WRONG_SECRET("with a wrong secret token"),
        TOO_LARGE("with a body over 1 MiB");

        private final String what;

        Kind(String what) {
            this.what = what;
        }
    }

    static final Duration EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RefusedCalls.class);

    private final Clock clock;
    private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> loggedAt = new EnumMap<>(Kind.class);

    RefusedCalls(Clock clock) {
        this.clock = clock;
        for (Kind kind : Kind.values()) {
            counts.put(kind, new AtomicLong());
            loggedAt.put(kind, new AtomicLong(Long.MIN_VALUE));
        }
    }

    void refused(Kind kind, String from) {
        counts.get(kind).incrementAndGet();
        long now = clock.millis();
        AtomicLong last = loggedAt.get(kind);
        long before = last.get();
        // One caller a minute wins the right to log; the others only count.
        if ((before == Long.MIN_VALUE || now - before >= EVERY.toMillis()) && last.compareAndSet(before, now)) {
            long refused = counts.get(kind).getAndSet(0);
            log.warn("Telegram webhook: refused {} call(s) {} since the last such warning (the latest from {}); "
                    + "at most one such warning a minute", refused, kind.what, from);
        }
    }
}
