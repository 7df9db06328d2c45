package io.mentorbot.telegram.admin;

import java.util.Set;

import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A console question that wants typed input (a search, a cancellation or rejection reason): the pressed screen becomes
 * the question and the dialog remembers it; the typed answer gets its screen below the user's text and the question
 * goes, so the chat keeps one live console screen. Its Cancel is a console button back to where the question came
 * from, and every such button leaves an open question ({@link #leave}): nothing typed is lost by it.
 */
final class ConsoleQuestion {

    /** The draft's key for the message that shows the question. */
    static final String SCREEN = "screen";

    /** The console's dialogs that only wait for one typed answer. */
    private static final Set<String> DIALOGS = Set.of(ConsoleSearch.NAME, ConsoleCancellation.NAME,
            ApplicationDecisions.NAME);

    private ConsoleQuestion() {
    }

    /**
     * Shows the question as this turn's screen and saves the dialog with that screen remembered; a question shown
     * before on another message (the step shown again after "Stay" or on an old screen's button) is removed.
     */
    static void show(Turn turn, ConversationStore conversations, Conversation conversation, String question,
                     InlineKeyboardMarkup keyboard) {
        String before = conversation.draft().get(SCREEN);
        String now = turn.screenId().map(String::valueOf).orElse("");
        if (before != null && !before.isEmpty() && !before.equals(now)) {
            turn.removeScreen(Integer.parseInt(before));
        }
        conversations.save(conversation.with(SCREEN, now));
        turn.show(question, keyboard);
    }

    /** The typed answer is taken: the question's screen goes, and the answer's screen comes below the user's text. */
    static void answered(Turn turn, Conversation conversation) {
        String asked = conversation.draft().get(SCREEN);
        if (asked != null && !asked.isEmpty()) {
            turn.removeScreen(Integer.parseInt(asked));
        }
    }

    /** A console button pressed while a console question is open leaves it (its answer was never typed). */
    static void leave(Turn turn, ConversationStore conversations) {
        turn.conversation().filter(c -> DIALOGS.contains(c.dialog()))
                .ifPresent(c -> conversations.clear(turn.chatId()));
    }
}
