package io.mentorbot.sandbox.emulator;

/**
 * A change to a bot message, pushed to listeners (for example a web chat).
 *
 * @param kind    {@code sent}, {@code edited} or {@code deleted}
 * @param message the message as it is after the change
 */
public record ChatEvent(String kind, BotMessage message) {
}
