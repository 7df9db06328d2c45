package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets for messages: one over all chats and one per chat, both with bursts. Replies to a user's own
 * action ({@link Priority#REPLY}) go first: bulk messages wait while a reply waits, and they leave half of the
 * overall burst untouched, so a reply finds a token at once even while thousands of reminders go out.
 * A "retry after" from Telegram pauses everything for the time it asks. Time is the monotonic clock: this is
 * about pacing requests, not about business time.
 */
final class RateLimiter {

    enum Priority { REPLY, BULK }

    private static final long SECOND = 1_000_000_000L;
    private static final int FORGET_CHATS_ABOVE = 10_000;

    private final double basePerNano;
    private final int baseBurst;
    private double perNano;
    private double capacity;
    private double bulkReserve;
    private int sharedBy = 1;
    private final long chatInterval;
    private final long chatTolerance;
    private final Map<Long, Long> chatNextFree = new HashMap<>();
    private double tokens;
    private long refilledAt;
    private long pausedUntil;
    private int repliesWaiting;

    RateLimiter(double perSecond, int burst, double perChatPerSecond, int perChatBurst) {
        this.basePerNano = perSecond / SECOND;
        this.baseBurst = burst;
        this.perNano = basePerNano;
        this.capacity = burst;
        this.bulkReserve = Math.floor(burst / 2.0);
        this.chatInterval = (long) (SECOND / perChatPerSecond);
        this.chatTolerance = chatInterval * (perChatBurst - 1L);
        this.tokens = burst;
        this.refilledAt = System.nanoTime();
    }

    static RateLimiter of(OutboxSettings settings) {
        return new RateLimiter(settings.messagesPerSecond(), settings.burst(), settings.perChatPerSecond(),
                settings.perChatBurst());
    }

    /** Waits until one more message may go to this chat, and takes the tokens for it. */
    void acquire(long chatId, Priority priority) throws InterruptedException {
        acquireOverall(priority);
        long wait;
        synchronized (this) {
            wait = takeChat(chatId, System.nanoTime());
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** How long until this chat may get a message without waiting (zero when it may now). */
    synchronized Duration chatWait(long chatId) {
        long now = System.nanoTime();
        long next = Math.max(chatNextFree.getOrDefault(chatId, now), now);
        return Duration.ofNanos(Math.max(0, next - now - chatTolerance));
    }

    /**
     * Shares the overall rate and burst with the other running instances: each takes its part of the bot's one
     * budget at Telegram. The per-chat limit stays per instance.
     */
    synchronized void share(int instances) {
        int n = Math.max(1, instances);
        if (n == sharedBy) {
            return;
        }
        refill(System.nanoTime());
        sharedBy = n;
        perNano = basePerNano / n;
        capacity = Math.max(1.0, (double) baseBurst / n);
        bulkReserve = Math.floor(capacity / 2.0);
        tokens = Math.min(tokens, capacity);
        notifyAll();
    }

    synchronized int sharedBy() {
        return sharedBy;
    }

    /** Telegram asked to wait: nothing goes before then. */
    synchronized void pause(Duration wait) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + wait.toNanos());
        notifyAll();
    }

    private synchronized void acquireOverall(Priority priority) throws InterruptedException {
        boolean reply = priority == Priority.REPLY;
        if (reply) {
            repliesWaiting++;
        }
        try {
            while (true) {
                long now = System.nanoTime();
                refill(now);
                double needed = reply ? 1 : 1 + bulkReserve;
                boolean yields = !reply && repliesWaiting > 0;
                if (now >= pausedUntil && tokens >= needed && !yields) {
                    tokens -= 1;
                    return;
                }
                long wait = Math.max(pausedUntil - now, (long) Math.ceil((needed - tokens) / perNano));
                wait = Math.max(wait, 1_000_000L);
                wait(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } finally {
            if (reply) {
                repliesWaiting--;
                notifyAll();
            }
        }
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }

    /** Per chat: a virtual schedule (the next free instant), allowed to run ahead of now by the burst. */
    private long takeChat(long chatId, long now) {
        if (chatNextFree.size() > FORGET_CHATS_ABOVE) {
            chatNextFree.values().removeIf(next -> next < now);
        }
        long next = Math.max(chatNextFree.getOrDefault(chatId, now), now);
        chatNextFree.put(chatId, next + chatInterval);
        return Math.max(0, next - now - chatTolerance);
    }
}
