package io.mentorbot.telegram;

import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API server this bot talks to, and with which token. */
public record BotEndpoint(String token, TelegramUrl url, boolean sandbox) {

    @Override
    public String toString() {
        // Never let the token reach a log line.
        return "BotEndpoint[" + url.getSchema() + "://" + url.getHost() + ":" + url.getPort()
                + (sandbox ? ", sandbox" : "") + "]";
    }
}
