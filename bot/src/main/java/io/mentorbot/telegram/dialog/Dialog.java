package io.mentorbot.telegram.dialog;

import io.mentorbot.telegram.callback.CallbackAction;

/**
 * A conversation of several steps. The state lives in the database ({@link ConversationStore}), so a restart or
 * another instance continues where the user was. Invalid input keeps the step and says what is wrong.
 */
public interface Dialog {

    /** The name stored in {@code conversations.dialog}. */
    String name();

    /** Handles a message sent while the chat is in this dialog. */
    void onMessage(Turn turn, Conversation conversation, Input input);

    /**
     * Handles a button that only makes sense inside this dialog (topic toggles, calendar days ...).
     *
     * @return false when the button does not belong to the dialog's current step
     */
    default boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        return false;
    }

    /**
     * The message key naming what the user is doing in this dialog, as "Leave ...?" asks it ("the new slot").
     */
    default String activityKey() {
        return "leave.activity.dialog";
    }

    /**
     * Whether leaving now would lose something the user typed or chose. By default nothing: many dialogs keep in
     * their draft only what the button that opened them named (a booking, a review), and the user has entered
     * nothing yet at their first step. Dialogs that collect input over several steps say when they hold some.
     */
    default boolean hasUnsavedInput(Conversation conversation) {
        return false;
    }

    /**
     * Shows the dialog's current step again, its question and buttons, as this turn's screen ({@link Turn#show}):
     * after "Stay", and when an old screen's button is pressed while this dialog is open, so the user sees where
     * they are. By default a short line says the dialog goes on; dialogs whose step asks something show that, and
     * {@link QuestionScreen#moved} makes the message it is shown on the step's remembered question screen.
     */
    default void resume(Turn turn, Conversation conversation) {
        turn.show(turn.t("leave.stayed"), null);
    }
}
