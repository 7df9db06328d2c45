package io.mentorbot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Telegram connection and intake settings.
 *
 * @param token          the bot token ({@code TELEGRAM_BOT_TOKEN}); blank means sandbox mode
 * @param apiUrl         the Bot API server ({@code TELEGRAM_API_URL}): the public one, a self-hosted one or an emulator
 * @param pollTimeout    how long one long-polling request waits for updates
 * @param handlerThreads how many chats are handled in parallel; 0 or unset: two per CPU core (handling is mostly
 *                       CPU in the bot and in PostgreSQL, and more threads than that only add switching)
 * @param maxInFlight    how many received but unfinished updates the intake holds before it stops fetching
 * @param maxInputLength the longest text a user may send; longer input is refused with a clear message
 */
@ConfigurationProperties("mentorbot.telegram")
public record TelegramSettings(String token, URI apiUrl, Duration pollTimeout, Integer handlerThreads,
                               Integer maxInFlight, Integer maxInputLength) {

    public TelegramSettings {
        apiUrl = apiUrl == null ? URI.create("https://api.telegram.org") : apiUrl;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(25) : pollTimeout;
        handlerThreads = handlerThreads == null || handlerThreads <= 0
                ? Math.max(2, 2 * Runtime.getRuntime().availableProcessors()) : handlerThreads;
        maxInFlight = maxInFlight == null ? 500 : maxInFlight;
        maxInputLength = maxInputLength == null ? 4096 : maxInputLength;
    }

    public boolean sandbox() {
        return token == null || token.isBlank();
    }
}
