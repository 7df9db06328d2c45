package io.mentorbot.telegram.command;

import java.util.Locale;

import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/**
 * {@code /help}: a short guide per role (what to do first, then the commands), for everyone, then for mentors and
 * admins when the user is one.
 */
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
        for (CommandHandler command : menu.byAudience(turn.account())) {
            if (command.audience() != section) {
                section = command.audience();
                String role = section.name().toLowerCase(Locale.ROOT);
                text.append("\n\n").append(turn.t("help.section." + role))
                        .append('\n').append(turn.t("help.first." + role)).append('\n');
            }
            text.append("\n/").append(command.name()).append(" — ")
                    .append(turn.t("command." + command.name() + ".description"));
        }
        turn.showText(text.toString(), null); // a new message for the command, the pressed screen for a button
    }
}
