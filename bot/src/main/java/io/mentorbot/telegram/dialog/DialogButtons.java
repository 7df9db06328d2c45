package io.mentorbot.telegram.dialog;

import java.time.Clock;
import java.time.LocalDate;

import io.mentorbot.telegram.callback.Noop;
import io.mentorbot.telegram.callback.Unavailable;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.view.Times;
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

    /** A struck-through calendar day: a short toast says why it cannot be picked, and nothing else happens. */
    @Bean
    ButtonHandler<Unavailable> unavailableDayButton(Clock clock) {
        return ButtonHandler.of(Unavailable.VERB, (turn, pressed) -> {
            LocalDate today = LocalDate.now(clock.withZone(turn.account().zone()));
            String day = Times.day(pressed.day(), turn.language());
            turn.notice(turn.t(pressed.day().isBefore(today) ? "calendar.day.past" : "calendar.day.no-times", day));
        });
    }
}
