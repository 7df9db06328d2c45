package io.mentorbot.telegram.dialog;

import io.mentorbot.telegram.callback.Noop;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons every dialog and screen may show. */
@Configuration(proxyBeanMethods = false)
class DialogButtons {

    /** "Cancel" in any dialog: leaves it, changing nothing. */
    @Bean
    ButtonHandler<CancelDialog> cancelDialogButton(ConversationStore conversations) {
        return ButtonHandler.of(CancelDialog.VERB, (turn, pressed) -> {
            conversations.clear(turn.chatId());
            String text = turn.t("dialog.cancelled");
            turn.notice(text);
            turn.show(text, null);
        });
    }

    /** Calendar headers and empty days: answered silently (the router answers every press), nothing to do. */
    @Bean
    ButtonHandler<Noop> noopButton() {
        return ButtonHandler.of(Noop.VERB, (turn, pressed) -> {
        });
    }
}
