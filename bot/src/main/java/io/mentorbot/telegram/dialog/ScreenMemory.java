package io.mentorbot.telegram.dialog;

/**
 * Where the id of a dialog's question, sent as a new message, is written once Telegram has it (see
 * {@link QuestionScreen}): a turn learns the ids of messages it sends only after its transaction has committed.
 */
public interface ScreenMemory {

    /**
     * Remembers {@code messageId} as the question screen of the chat's dialog {@code dialog}, only if the chat is
     * still in that dialog and its draft names no screen yet: the user may have answered or left meanwhile.
     */
    void remember(long chatId, String dialog, int messageId);
}
