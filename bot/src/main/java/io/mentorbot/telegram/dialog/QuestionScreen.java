package io.mentorbot.telegram.dialog;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The screen a dialog asks its current step on, kept in the dialog's draft, so the chat keeps one live screen: when
 * the user types the answer, the next screen comes below their message and the question goes.
 *
 * <p>A dialog shows its question ({@link Turn#show}, {@link Turn#reply} ...) and then calls {@link #remember}: a
 * question edited into the pressed message is remembered at once; one sent as a new message is remembered once
 * Telegram has taken it and told its id (see {@link ScreenMemory}), unless the user answered or left meanwhile. The
 * message just pressed is never removed: it is the screen the turn shows its answer on.
 */
public final class QuestionScreen {

    /** The draft's key for the question's message id ("" while the id of a sent question is not known yet). */
    public static final String KEY = "screen";

    private QuestionScreen() {
    }

    /** The message id of the question screen the conversation remembers, if one is known. */
    public static Optional<Integer> of(Conversation conversation) {
        String id = conversation.draft().getOrDefault(KEY, "");
        return id.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(id));
    }

    /** The conversation without its question screen: what the user entered, for {@link Dialog#hasUnsavedInput}. */
    public static Conversation without(Conversation conversation) {
        return conversation.without(KEY);
    }

    /**
     * The screen this turn has just shown is the question of {@code asking}'s step: the conversation to save
     * remembers it, and the question screen {@code asking} remembered before (an earlier step, or the same step shown
     * on another message) goes.
     */
    public static Conversation remember(Turn turn, Conversation asking) {
        Optional<Integer> shown = turn.shownOn();
        removeEarlier(turn, asking, shown);
        if (shown.isEmpty()) {
            turn.sentScreenIsQuestionOf(asking.dialog());
        }
        return asking.with(KEY, shown.map(String::valueOf).orElse(""));
    }

    /** Shows the question of {@code asking}'s step as this turn's screen ({@link Turn#show}) and saves it remembered. */
    public static void show(Turn turn, ConversationStore conversations, Conversation asking, String question,
                            InlineKeyboardMarkup keyboard) {
        turn.show(question, keyboard);
        conversations.save(remember(turn, asking));
    }

    /**
     * The same for a step shown again ({@link Dialog#resume}, after "Stay" or on an old screen's button): the stored
     * conversation's screen is moved to the one just shown, and the rest of its draft stays as stored (a command
     * waiting for "Leave" included).
     */
    public static void moved(Turn turn, Conversation conversation, ConversationStore conversations) {
        Optional<Integer> shown = turn.shownOn();
        removeEarlier(turn, conversation, shown);
        if (shown.isEmpty()) {
            turn.sentScreenIsQuestionOf(conversation.dialog());
        }
        conversations.rememberNow(turn.chatId(), conversation.dialog(), shown.map(String::valueOf).orElse(""));
    }

    /** The answer has come (or the dialog is left): the question screen goes, unless it is the message pressed. */
    public static void answered(Turn turn, Conversation conversation) {
        of(conversation).filter(id -> !turn.screenId().equals(Optional.of(id))).ifPresent(turn::removeScreen);
    }

    private static void removeEarlier(Turn turn, Conversation conversation, Optional<Integer> shown) {
        of(conversation).filter(id -> !shown.equals(Optional.of(id)))
                .filter(id -> !turn.screenId().equals(Optional.of(id)))
                .ifPresent(turn::removeScreen);
    }
}
