package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;

/**
 * The screen a dialog asked its current question on, kept in the draft: when the user types the answer, the next
 * screen comes below their message and this one is removed, so the chat keeps one live screen.
 */
final class AskedScreen {

    /** The draft's key for the asking screen's message id ("" when the screen was sent, its id unknown). */
    static final String KEY = "screen";

    private AskedScreen() {
    }

    /** The conversation remembering the pressed message as the screen that asks its step. */
    static Conversation remember(Turn turn, Conversation conversation) {
        return conversation.with(KEY, turn.screenId().map(String::valueOf).orElse(""));
    }

    /** The conversation with no asking screen known (the next one is sent as a new message). */
    static Conversation forget(Conversation conversation) {
        return conversation.with(KEY, "");
    }

    /** The message id of the screen that asked the conversation's step, if one is known. */
    static Optional<Integer> of(Conversation conversation) {
        String id = conversation.draft().getOrDefault(KEY, "");
        return id.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(id));
    }

    /** Removes the screen that asked, unless it is the message this turn shows its answer on. */
    static void remove(Turn turn, Conversation conversation) {
        of(conversation).filter(id -> !turn.screenId().equals(Optional.of(id))).ifPresent(turn::removeScreen);
    }

    /**
     * The pressed message becomes the screen of the dialog's current step (after "Stay", or an old screen's button):
     * the screen that asked before goes, and the draft as stored (a command waiting for "Leave" included) names the
     * new one.
     */
    static void movedHere(Turn turn, ConversationStore conversations) {
        if (turn.screenId().isEmpty()) {
            return;
        }
        conversations.find(turn.chatId()).ifPresent(stored -> {
            remove(turn, stored);
            conversations.save(remember(turn, stored));
        });
    }
}
