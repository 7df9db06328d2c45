package io.mentorbot.sandbox.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injected failures and delays per Bot API method (names are case-insensitive; {@code "*"} means every method).
 * Failures are checked after the call is recorded and after any delay, before the method runs.
 */
public final class Faults {

    private record Failure(AtomicInteger remaining, int errorCode, String description, Integer retryAfter) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private volatile RateLimits limits;
    private volatile long refusedBefore;

    Faults() {
    }

    /**
     * Makes the next {@code times} calls of {@code method} fail.
     *
     * @param description Telegram's description, or {@code null} for the usual one for that code
     *                    (429 gives "Too Many Requests: retry after N")
     * @param retryAfterSeconds sent as parameters.retry_after; for 429 defaults to 1 when {@code null}
     */
    public Faults failNext(String method, int times, int errorCode, String description, Integer retryAfterSeconds) {
        Integer retryAfter = retryAfterSeconds == null && errorCode == 429 ? Integer.valueOf(1) : retryAfterSeconds;
        String text = description != null ? description : defaultDescription(errorCode, retryAfter);
        failures.put(key(method), new Failure(new AtomicInteger(times), errorCode, text, retryAfter));
        return this;
    }

    /** Delays every call of {@code method} by {@code delay} until {@link #clear()}. */
    public Faults delay(String method, Duration delay) {
        delays.put(key(method), Objects.requireNonNull(delay));
        return this;
    }

    /**
     * Enforces Telegram's message limits until {@link #clear()}: more than {@code perSecond} messages a second over
     * all chats (bursts up to one second's worth), or more than {@code perChatPerSecond} to one chat (bursts up to
     * {@code perChatBurst}), are answered 429 with retry_after. Only message-creating calls count.
     */
    public Faults enforceRateLimits(double perSecond, double perChatPerSecond, int perChatBurst) {
        limits = new RateLimits(perSecond, perChatPerSecond, perChatBurst);
        return this;
    }

    /** How many calls the enforced rate limits answered with 429 (since they were set). */
    public long rateLimited() {
        RateLimits current = limits;
        return current == null ? refusedBefore : current.refused();
    }

    /** Removes all injected failures, delays and enforced limits. */
    public void clear() {
        failures.clear();
        delays.clear();
        RateLimits current = limits;
        refusedBefore = current == null ? 0 : current.refused();
        limits = null;
    }

    /** Answers 429 when enforced limits say this message is one too many. */
    void checkRateLimit(String method, String chatId) {
        RateLimits current = limits;
        if (current != null) {
            current.check(key(method), chatId);
        }
    }

    Duration delayFor(String method) {
        Duration specific = delays.getOrDefault(key(method), Duration.ZERO);
        Duration any = delays.getOrDefault("*", Duration.ZERO);
        return specific.plus(any);
    }

    /** Consumes one injected failure for this call, if any is left. */
    ApiException takeFailure(String method) {
        ApiException failure = take(key(method));
        return failure != null ? failure : take("*");
    }

    private ApiException take(String key) {
        Failure failure = failures.get(key);
        if (failure == null) {
            return null;
        }
        if (failure.remaining().getAndDecrement() <= 0) {
            failures.remove(key, failure);
            return null;
        }
        return new ApiException(failure.errorCode(), failure.description(), failure.retryAfter());
    }

    private static String defaultDescription(int code, Integer retryAfter) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests: retry after " + retryAfter;
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            default -> "Error " + code;
        };
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
