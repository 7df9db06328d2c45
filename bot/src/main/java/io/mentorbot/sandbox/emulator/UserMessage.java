package io.mentorbot.sandbox.emulator;

import java.time.Instant;

/**
 * A message a simulated user sent to the bot.
 *
 * @param chatId    the chat id (the private chat's equals the user id)
 * @param messageId the message id, numbered together with the bot's messages in the same chat
 * @param updateId  the update that delivered it
 * @param text      the text or caption, or {@code null}
 * @param photo     the photo, or {@code null}
 * @param document  the document, or {@code null}
 * @param deleted   whether the bot deleted it
 * @param sentAt    when it was sent
 */
public record UserMessage(long chatId, long messageId, long updateId, String text, FileRef photo, FileRef document,
        boolean deleted, Instant sentAt) {
}
