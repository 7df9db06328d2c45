package io.mentorbot.telegram.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs the actions the bot refused (a forged or stale button, someone else's booking, an admin command from a
 * non-admin), for spotting abuse: the user's account id and the action only (no names, no texts, no callback data).
 * At most one line per user per {@link #WINDOW}: the refusals in between are counted and the count goes into the
 * user's next line, so a user pressing forged buttons in a loop cannot flood the log.
 */
@Component
public class RefusalLog {

    /** At most one line per user in this time. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final Clock clock;
    /** Per user: the window of their last line; kept a while after it so a count is not lost. */
    private final Cache<Long, Window> windows;

    RefusalLog(Clock clock) {
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(WINDOW.multipliedBy(10))
                .maximumSize(100_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** Records that the user ({@code userId}: their account id) was refused {@code action} (a fixed name, no input). */
    public void refused(long userId, String action) {
        Instant now = clock.instant();
        long[] unlogged = {-1}; // refusals not logged before this one; -1: this one is not logged either
        windows.asMap().compute(userId, (id, window) -> {
            if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
                unlogged[0] = window == null ? 0 : window.suppressed();
                return new Window(now, 0);
            }
            return new Window(window.start(), window.suppressed() + 1);
        });
        if (unlogged[0] == 0) {
            log.warn("Refused {} for user {}", action, userId);
        } else if (unlogged[0] > 0) {
            log.warn("Refused {} for user {} (and {} more refused since the previous line)",
                    action, userId, unlogged[0]);
        }
    }

    private record Window(Instant start, long suppressed) {
    }
}
