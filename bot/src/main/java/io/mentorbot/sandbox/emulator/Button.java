package io.mentorbot.sandbox.emulator;

/**
 * One inline keyboard button as the bot sent it.
 *
 * @param text         the label shown to the user
 * @param callbackData the callback data, or {@code null} for a non-callback button
 * @param url          the URL of a link button, or {@code null}
 */
public record Button(String text, String callbackData, String url) {
}
