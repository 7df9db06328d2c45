package io.mentorbot.telegram.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing message limits and delivery. {@code messagesPerSecond} and {@code burst} are the bot's budget at Telegram:
 * running instances register themselves every {@code heartbeat} and share it equally. The per-chat limit holds per
 * instance.
 *
 * @param messagesPerSecond  messages per second over all chats (Telegram: about 30)
 * @param burst              messages that may go at once over all chats before the rate applies; half of them are
 *                           kept for replies to users' own actions, so bulk sending never leaves a reply waiting
 * @param perChatPerSecond   messages per second to one chat (Telegram: about 1)
 * @param perChatBurst       messages that may go to one chat at once before its rate applies
 * @param senderThreads      outbox messages in flight at once (more helps when the Bot API answers slowly)
 * @param pollInterval       how often the outbox is checked for leftovers (of a stopped instance, or due retries)
 * @param maxAttempts        how many times an outbox message is tried after server errors before it is given up
 * @param replyMaxWait       how long a direct reply may wait for Telegram's "retry after" and server errors
 * @param claimLease         how long a claimed outbox row is another instance's business before it counts as abandoned
 * @param keepSent           how long delivered outbox rows are kept (for inspection) before they are deleted
 * @param heartbeat          how often an instance tells the others it is running (three missed: counted as gone)
 */
@ConfigurationProperties("mentorbot.outbox")
public record OutboxSettings(Double messagesPerSecond, Integer burst, Double perChatPerSecond, Integer perChatBurst,
                             Integer senderThreads, Duration pollInterval, Integer maxAttempts, Duration replyMaxWait,
                             Duration claimLease, Duration keepSent, Duration heartbeat) {

    public OutboxSettings {
        messagesPerSecond = messagesPerSecond == null || messagesPerSecond <= 0 ? 30.0 : messagesPerSecond;
        burst = burst == null || burst < 1 ? 10 : burst;
        perChatPerSecond = perChatPerSecond == null || perChatPerSecond <= 0 ? 1.0 : perChatPerSecond;
        perChatBurst = perChatBurst == null || perChatBurst < 1 ? 3 : perChatBurst;
        senderThreads = senderThreads == null || senderThreads < 1 ? 8 : senderThreads;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 15 : maxAttempts;
        replyMaxWait = replyMaxWait == null ? Duration.ofSeconds(10) : replyMaxWait;
        claimLease = claimLease == null ? Duration.ofMinutes(2) : claimLease;
        keepSent = keepSent == null ? Duration.ofDays(2) : keepSent;
        heartbeat = heartbeat == null || heartbeat.isNegative() || heartbeat.isZero() ? Duration.ofSeconds(5) : heartbeat;
    }
}
