package io.mentorbot.identity;

/**
 * The token of the bot whose users sign in: Telegram signs a Mini App's init data and the Login Widget's answer with
 * keys derived from it. The Telegram adapter provides it (the configured token, or the local Bot API's in sandbox
 * mode); this module never reads Telegram settings itself.
 */
@FunctionalInterface
public interface BotToken {

    String value();
}
