package io.mentorbot.sandbox.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram's message limits, enforced when a test asks for it: token buckets over all chats (refilled at
 * {@code perSecond}, holding one second's worth) and per chat (refilled at {@code perChatPerSecond}, holding
 * {@code perChatBurst}). A sender that keeps to the rates never hits them; one that goes faster gets 429 with the
 * seconds until a message would be taken as retry_after. Only calls that put a new message into a chat count.
 */
final class RateLimits {

    private static final Set<String> MESSAGES = Set.of("sendmessage", "sendphoto", "senddocument", "sendmediagroup",
            "sendvideo", "sendaudio", "sendvoice", "sendanimation", "sendsticker", "sendlocation", "sendcontact",
            "sendpoll", "senddice", "sendinvoice", "forwardmessage", "copymessage");

    private final double perSecond;
    private final double perChatPerSecond;
    private final double perChatBurst;
    private final Map<String, double[]> chats = new HashMap<>();
    private final double[] overall;
    private final AtomicLong refused = new AtomicLong();

    RateLimits(double perSecond, double perChatPerSecond, int perChatBurst) {
        this.perSecond = perSecond;
        this.perChatPerSecond = perChatPerSecond;
        this.perChatBurst = perChatBurst;
        this.overall = new double[] {perSecond, System.nanoTime()};
    }

    /** Takes the tokens for this call, or answers 429. */
    synchronized void check(String method, String chatId) {
        if (!MESSAGES.contains(method)) {
            return;
        }
        long now = System.nanoTime();
        double[] chat = chats.computeIfAbsent(String.valueOf(chatId), key -> new double[] {perChatBurst, now});
        double overallWait = waitFor(overall, perSecond, perSecond, now);
        double chatWait = waitFor(chat, perChatPerSecond, perChatBurst, now);
        double wait = Math.max(overallWait, chatWait);
        if (wait > 0) {
            refused.incrementAndGet();
            int seconds = (int) Math.max(1, Math.ceil(wait));
            throw new ApiException(429, "Too Many Requests: retry after " + seconds, seconds);
        }
        overall[0] -= 1;
        chat[0] -= 1;
    }

    long refused() {
        return refused.get();
    }

    /** Refills the bucket ({tokens, last refill}) and says how many seconds until it holds a whole token. */
    private static double waitFor(double[] bucket, double rate, double capacity, long now) {
        bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) / 1e9 * rate);
        bucket[1] = now;
        return bucket[0] >= 1 ? 0 : (1 - bucket[0]) / rate;
    }
}
