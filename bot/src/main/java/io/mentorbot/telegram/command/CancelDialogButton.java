package io.mentorbot.telegram.command;

import io.mentorbot.telegram.callback.CallbackAction.CancelDialog;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** "Cancel" in any dialog: leaves it, changing nothing. */
@Component
class CancelDialogButton implements ButtonHandler<CancelDialog> {

    private final ConversationStore conversations;

    CancelDialogButton(ConversationStore conversations) {
        this.conversations = conversations;
    }

    @Override
    public Class<CancelDialog> action() {
        return CancelDialog.class;
    }

    @Override
    public void handle(Turn turn, CancelDialog action) {
        conversations.clear(turn.chatId());
        String text = turn.t("dialog.cancelled");
        turn.notice(text);
        turn.show(text, null);
    }
}
