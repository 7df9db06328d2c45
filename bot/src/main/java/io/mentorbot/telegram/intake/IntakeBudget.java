package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mentorbot.telegram.IntakeSettings;

/**
 * How much incoming work each chat may cause, checked when an update arrives, before it takes a place in the
 * dispatcher: a token bucket per chat ({@code userRate} updates a second with bursts of {@code userBurst}) and a cap
 * on the chat's updates waiting or running here ({@code chatQueueCap}). An update beyond either is turned away, so
 * one account sending thousands of updates costs the others nothing: its updates never fill the dispatcher, and a
 * chat's updates run one after another, so they only ever took one handler. Nobody is exempt, admins included.
 *
 * <p>Kept per instance, in memory: a chat's updates usually reach one instance, and an instance's own queue is what
 * its budget protects. Idle chats are forgotten after a few minutes (their buckets would be full again anyway).
 */
final class IntakeBudget {

    /** How often a chat whose updates are turned away is told so, at most. */
    static final Duration NOTE_EVERY = Duration.ofMinutes(1);

    private final double ratePerNano;
    private final double burst;
    private final int queueCap;
    private final Cache<Long, Chat> chats = Caffeine.newBuilder().expireAfterAccess(5, TimeUnit.MINUTES).build();

    IntakeBudget(IntakeSettings settings) {
        this.ratePerNano = settings.userRate() / 1e9;
        this.burst = settings.userBurst();
        this.queueCap = settings.chatQueueCap();
    }

    /** What became of an arriving update. */
    enum Verdict {
        /** Taken. */
        ADMITTED,
        /** Turned away, and the chat should be told to slow down (at most once per {@link #NOTE_EVERY}). */
        DROPPED_TELL,
        /** Turned away; the chat was told recently. */
        DROPPED
    }

    /** Spends one update of the chat's budget ({@code now}: {@link System#nanoTime()}) if it has room. */
    Verdict admit(long chatKey, long now) {
        Chat chat = chats.get(chatKey, key -> new Chat(burst, now));
        synchronized (chat) {
            chat.tokens = Math.min(burst, chat.tokens + Math.max(0, now - chat.refilledAt) * ratePerNano);
            chat.refilledAt = Math.max(now, chat.refilledAt);
            if (chat.tokens >= 1 && chat.queued < queueCap) {
                chat.tokens -= 1;
                return Verdict.ADMITTED;
            }
            if (!chat.told || now - chat.toldAt >= NOTE_EVERY.toNanos()) {
                chat.told = true;
                chat.toldAt = now;
                return Verdict.DROPPED_TELL;
            }
            return Verdict.DROPPED;
        }
    }

    /** One more of the chat's updates waits or runs here (however it came: received, swept, resumed). */
    void queued(long chatKey) {
        Chat chat = chats.get(chatKey, key -> new Chat(burst, System.nanoTime()));
        synchronized (chat) {
            chat.queued++;
        }
    }

    /** One of the chat's queued updates is done (handled, or given up). */
    void finished(long chatKey) {
        Chat chat = chats.getIfPresent(chatKey);
        if (chat != null) {
            synchronized (chat) {
                chat.queued = Math.max(0, chat.queued - 1);
            }
        }
    }

    private static final class Chat {
        double tokens;
        long refilledAt;
        int queued;
        boolean told;
        long toldAt;

        Chat(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }
}
