package io.mentorbot.telegram.dialog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.mentorbot.telegram.callback.Noop;
import io.mentorbot.telegram.callback.Unavailable;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.view.Times;
import io.mentorbot.telegram.dialog.DialogAction.LeaveDialog;
import io.mentorbot.telegram.dialog.DialogAction.StayInDialog;
import io.mentorbot.telegram.dialog.DialogAction.UnboundCancel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons every dialog and screen may show. */
@Configuration(proxyBeanMethods = false)
class DialogButtons {

    /**
     * "Cancel" in a dialog: leaves it, changing nothing. A cancel of a dialog the chat has left meanwhile (an old
     * screen's button) leaves nothing: it answers that its screen is out of date, and that screen loses its buttons.
     */
    @Bean
    ButtonHandler<CancelDialog> cancelDialogButton(ConversationStore conversations, Dialogs dialogs) {
        return ButtonHandler.of(CancelDialog.VERB, (turn, pressed) -> {
            boolean current = turn.conversation().filter(c -> c.dialog().equals(pressed.dialog())).isPresent();
            if (!current) {
                outOfDate(turn, dialogs);
                return;
            }
            conversations.clear(turn.chatId());
            String text = turn.t("dialog.cancelled");
            turn.notice(text);
            turn.show(text, null);
        });
    }

    /** A "Cancel" from before cancels named their dialog. */
    @Bean
    ButtonHandler<UnboundCancel> unboundCancelButton(Dialogs dialogs) {
        return ButtonHandler.of(UnboundCancel.VERB, (turn, pressed) -> outOfDate(turn, dialogs));
    }

    /**
     * "Leave and run /command": leaves the dialog and runs the command as if typed now, the command's audience
     * checked again. Pressed when the chat has left that dialog, or no command waits in it, it runs nothing.
     */
    @Bean
    ButtonHandler<LeaveDialog> leaveDialogButton(LeaveQuestion question, Commands commands, Dialogs dialogs) {
        return ButtonHandler.of(LeaveDialog.VERB, (turn, pressed) -> {
            Optional<CommandLine> line = question.pending(turn, pressed.dialog());
            Optional<CommandHandler> command = line.flatMap(l -> commands.find(l.name()));
            if (command.isEmpty()) {
                outOfDate(turn, dialogs);
                return;
            }
            turn.closeScreen();
            if (!command.get().audience().includes(turn.account())) {
                turn.refuse("/" + command.get().name(),
                        "command.forbidden." + command.get().audience().name().toLowerCase(), line.get().command());
                return;
            }
            commands.run(turn, command.get(), line.get().args());
        });
    }

    /** "Stay": the dialog goes on where it was; the command that asked to leave it is dropped. */
    @Bean
    ButtonHandler<StayInDialog> stayInDialogButton(LeaveQuestion question, ConversationStore conversations,
                                                   Dialogs dialogs) {
        return ButtonHandler.of(StayInDialog.VERB, (turn, pressed) -> {
            Optional<Conversation> current = turn.conversation().filter(c -> c.dialog().equals(pressed.dialog()));
            if (current.isEmpty() || question.pending(turn, pressed.dialog()).isEmpty()) {
                outOfDate(turn, dialogs);
                return;
            }
            Conversation kept = LeaveQuestion.pendingRemoved(current.get());
            conversations.save(kept);
            dialogs.current(turn).ifPresent(dialog -> dialog.resume(turn, kept)); // the question becomes the step
        });
    }

    /**
     * An old screen's button: nothing is done. With a dialog open, the pressed message becomes that dialog's current
     * step, so the user sees where they are; otherwise it only loses its buttons.
     */
    private static void outOfDate(Turn turn, Dialogs dialogs) {
        turn.alert(turn.t("screen.out-of-date"));
        Optional<Dialog> open = dialogs.current(turn);
        if (open.isPresent()) {
            open.get().resume(turn, LeaveQuestion.pendingRemoved(turn.conversation().get()));
        } else {
            turn.closeScreen();
        }
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
