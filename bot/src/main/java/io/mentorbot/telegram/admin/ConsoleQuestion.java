package io.mentorbot.telegram.admin;

import java.util.Set;

import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;

/**
 * The console's questions that want typed input (a search, a cancellation or rejection reason): the pressed screen
 * becomes the question, remembered as its {@link io.mentorbot.telegram.dialog.QuestionScreen}. Its Cancel is a console
 * button back to where the question came from, and every such button leaves an open question ({@link #leave}):
 * nothing typed is lost by it.
 */
final class ConsoleQuestion {

    /** The console's dialogs that only wait for one typed answer. */
    private static final Set<String> DIALOGS = Set.of(ConsoleSearch.NAME, ConsoleCancellation.NAME,
            ApplicationDecisions.NAME);

    private ConsoleQuestion() {
    }

    /** A console button pressed while a console question is open leaves it (its answer was never typed). */
    static void leave(Turn turn, ConversationStore conversations) {
        turn.conversation().filter(c -> DIALOGS.contains(c.dialog()))
                .ifPresent(c -> conversations.clear(turn.chatId()));
    }
}
