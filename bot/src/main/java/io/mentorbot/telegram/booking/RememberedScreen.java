package io.mentorbot.telegram.booking;

import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.Turn;

/**
 * The screen a dialog turned into its question, kept in the dialog's draft: when the user types the answer, the next
 * screen comes below it and this one is removed, so the chat keeps one live screen.
 */
final class RememberedScreen {

    /** The draft's key. */
    static final String KEY = "screen";

    private RememberedScreen() {
    }

    /** The conversation remembering the pressed message as its screen; unchanged when the turn pressed nothing. */
    static Conversation here(Turn turn, Conversation conversation) {
        return turn.screenId().map(id -> conversation.with(KEY, Integer.toString(id))).orElse(conversation);
    }

    /**
     * The question is shown again on the pressed message (after "Stay", or an old screen's button): the screen shown
     * before goes, and the pressed one is remembered instead.
     */
    static Conversation movedHere(Turn turn, Conversation conversation) {
        String earlier = conversation.draft().get(KEY);
        String pressed = turn.screenId().map(String::valueOf).orElse(null);
        if (pressed == null) {
            return conversation;
        }
        if (earlier != null && !earlier.isEmpty() && !earlier.equals(pressed)) {
            turn.removeScreen(Integer.parseInt(earlier));
        }
        return conversation.with(KEY, pressed);
    }

    /** Removes the remembered screen, if there is one: the answer has come. */
    static void remove(Turn turn, Conversation conversation) {
        String asked = conversation.draft().get(KEY);
        if (asked != null && !asked.isEmpty()) {
            turn.removeScreen(Integer.parseInt(asked));
        }
    }

    /** Removes the remembered screen unless it is the pressed one: the dialog is left from another screen. */
    static void removeUnlessPressed(Turn turn, Conversation conversation) {
        String pressed = turn.screenId().map(String::valueOf).orElse("");
        if (!pressed.equals(conversation.draft().get(KEY))) {
            remove(turn, conversation);
        }
    }
}
