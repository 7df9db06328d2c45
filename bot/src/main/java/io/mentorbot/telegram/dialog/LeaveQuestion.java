package io.mentorbot.telegram.dialog;

import java.util.Optional;
import java.util.Set;

import io.mentorbot.telegram.dialog.DialogAction.LeaveDialog;
import io.mentorbot.telegram.dialog.DialogAction.StayInDialog;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * "Leave the new slot? What you entered so far will be lost.": a command typed in a dialog that holds unsaved input
 * waits for the user's answer instead of dropping the dialog silently.
 */
@Component
public class LeaveQuestion {

    /** The draft's key for the command that waits for "Leave". */
    static final String PENDING = "leave.command";

    /**
     * Commands that run at once: /start is the way back that every "out of date" answer names, and /help is what a
     * lost user sends; asking first would stand in the way of both. Both leave the dialog, as any command does.
     */
    private static final Set<String> WITHOUT_ASKING = Set.of("start", "help");

    private final ConversationStore conversations;
    private final Dialogs dialogs;

    LeaveQuestion(ConversationStore conversations, Dialogs dialogs) {
        this.conversations = conversations;
        this.dialogs = dialogs;
    }

    /**
     * Asks before the command leaves a dialog with unsaved input, and keeps the command in the dialog's draft for
     * "Leave".
     *
     * @return true when it asked: the command must not run now
     */
    public boolean asks(Turn turn, CommandLine line) {
        if (WITHOUT_ASKING.contains(line.name()) || turn.conversation().isEmpty()) {
            return false;
        }
        Conversation conversation = turn.conversation().get();
        if (line.name().equals(conversation.dialog()) && !line.args().isBlank()) {
            return false; // the dialog's own command with the answer in it ("/email new@example.com"): not a leaving
        }
        Optional<Dialog> dialog = dialogs.current(turn);
        if (dialog.isEmpty() || !dialog.get().hasUnsavedInput(pendingRemoved(conversation))) {
            return false;
        }
        conversations.save(conversation.with(PENDING, line.text()));
        turn.reply(turn.t("leave.ask", turn.t(dialog.get().activityKey())), Keyboards.column(
                Keyboards.button(turn.t("leave.button.leave", line.command()), new LeaveDialog(conversation.dialog())),
                Keyboards.button(turn.t("leave.button.stay"), new StayInDialog(conversation.dialog()))));
        return true;
    }

    /** The command that waits for "Leave" in the named dialog, if the chat is still in it. */
    Optional<CommandLine> pending(Turn turn, String dialog) {
        return turn.conversation().filter(c -> c.dialog().equals(dialog))
                .map(c -> c.draft().get(PENDING)).map(CommandLine::parse);
    }

    /** The conversation as the dialog keeps it, without a command waiting for "Leave". */
    static Conversation pendingRemoved(Conversation conversation) {
        return conversation.without(PENDING);
    }
}
