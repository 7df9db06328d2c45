package io.mentorbot.telegram.command;

import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /help}: the commands of the user's role, grouped as student, mentor and admin. */
@Component
class HelpCommand implements CommandHandler {

    private final CommandMenu menu;

    HelpCommand(CommandMenu menu) {
        this.menu = menu;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public void handle(Turn turn, String args) {
        StringBuilder text = new StringBuilder(turn.t("help.intro"));
        Audience section = null;
        for (CommandHandler command : menu.visibleTo(turn.account())) {
            if (command.audience() != section) {
                section = command.audience();
                text.append("\n\n").append(turn.t("help.section." + section.name().toLowerCase()));
            }
            text.append("\n/").append(command.name()).append(" — ")
                    .append(turn.t("command." + command.name() + ".description"));
        }
        turn.reply(text.toString());
    }
}
