package io.mentorbot.mentors;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue's answers, reused for {@code catalogue-cache-ttl}: every student's way to a booking passes the topic
 * picker, a page of mentors and the chosen mentor's profile (asked again on the month, day and confirmation screens),
 * and these change far more rarely than students look at them. Reading them on every tap cost a database round trip
 * per screen.
 *
 * <p>A change made through {@link MentorProfiles} on this instance shows at once (the cache is emptied when its
 * transaction ends); any other change (another instance, an account paused, a new rating, a slot booked) shows within
 * the TTL. Nothing that decides is read from here: booking checks the mentor and the slot in its own statement.
 * Expiry follows the application's clock; a TTL of zero turns the cache off.
 */
@Component
class CatalogueCache {

    /** Null when the cache is off. */
    private final Cache<Object, Object> answers;

    CatalogueCache(MentorSettings settings, Clock clock) {
        Duration ttl = settings.catalogueCacheTtl();
        this.answers = ttl.isZero() || ttl.isNegative() ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(10_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run) // its upkeep on the caller's thread: no hand-over to a pool per change
                .build();
    }

    /** The answer kept for {@code key}, or {@code query}'s (kept for the TTL); one query at a time per key. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> query) {
        return answers == null ? query.get() : (T) answers.get(key, k -> query.get());
    }

    /**
     * Forgets every answer now and again when the current transaction ends: an answer read by someone else before
     * the change committed would otherwise be kept for the TTL.
     */
    void forgetAll() {
        if (answers == null) {
            return;
        }
        answers.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    answers.invalidateAll();
                }
            });
        }
    }
}
