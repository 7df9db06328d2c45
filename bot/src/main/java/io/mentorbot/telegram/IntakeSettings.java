package io.mentorbot.telegram;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How updates come in: long polling (the default) or a webhook, and how updates left behind are picked up.
 *
 * @param webhookUrl            the public HTTPS URL Telegram posts updates to ({@code TELEGRAM_WEBHOOK_URL}); blank
 *                              means long polling. It must reach this application's {@code /telegram/webhook}.
 * @param webhookSecret         the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 *                              ({@code TELEGRAM_WEBHOOK_SECRET}); required in webhook mode: 32-256 of A-Z a-z 0-9 _ -
 * @param webhookMaxConnections how many webhook requests Telegram may have open at once (1-100)
 * @param allowedUpdates        the update types asked for, in both modes
 * @param orphanAfter           an update stored but not handled for this long is picked up by any instance (its
 *                              receiver may have died); also how often instances look for such updates
 * @param keepHandled           how long a handled update stays in the inbox ({@code TELEGRAM_INBOX_KEEP}): long enough
 *                              to recognise one Telegram delivers again; the newest is always kept (the poll offset)
 * @param userRate              updates a second each chat may send on average ({@code TELEGRAM_USER_UPDATES_PER_SECOND});
 *                              more are turned away unhandled, and the user is told to slow down
 * @param userBurst             how many updates a chat may send at once above that rate
 *                              ({@code TELEGRAM_USER_UPDATES_BURST})
 * @param chatQueueCap          how many of one chat's updates may wait or run on an instance at once
 *                              ({@code TELEGRAM_CHAT_QUEUE_CAP}); more are turned away
 */
@ConfigurationProperties("mentorbot.telegram.intake")
public record IntakeSettings(String webhookUrl, String webhookSecret, Integer webhookMaxConnections,
                             List<String> allowedUpdates, Duration orphanAfter, Duration keepHandled,
                             Double userRate, Integer userBurst, Integer chatQueueCap) {

    public IntakeSettings {
        webhookUrl = webhookUrl == null ? "" : webhookUrl.trim();
        webhookMaxConnections = webhookMaxConnections == null ? 40 : webhookMaxConnections;
        allowedUpdates = allowedUpdates == null || allowedUpdates.isEmpty()
                ? List.of("message", "callback_query") : List.copyOf(allowedUpdates);
        orphanAfter = orphanAfter == null ? Duration.ofSeconds(5) : orphanAfter;
        keepHandled = keepHandled == null ? Duration.ofHours(24) : keepHandled;
        userRate = userRate == null ? 5.0 : userRate;
        userBurst = userBurst == null ? 20 : userBurst;
        chatQueueCap = chatQueueCap == null ? 50 : chatQueueCap;
        if (userRate <= 0 || userBurst < 1 || chatQueueCap < 1) {
            throw new IllegalArgumentException("TELEGRAM_USER_UPDATES_PER_SECOND must be above 0, "
                    + "TELEGRAM_USER_UPDATES_BURST and TELEGRAM_CHAT_QUEUE_CAP at least 1");
        }
    }

    public boolean webhook() {
        return !webhookUrl.isEmpty();
    }
}
