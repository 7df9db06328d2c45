package io.mentorbot.telegram.command;

import io.mentorbot.telegram.callback.CallbackAction.OpenMenu;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** The main menu's buttons. */
@Component
class MenuButtons implements ButtonHandler<OpenMenu> {

    private final MainMenu mainMenu;

    MenuButtons(MainMenu mainMenu) {
        this.mainMenu = mainMenu;
    }

    @Override
    public Class<OpenMenu> action() {
        return OpenMenu.class;
    }

    @Override
    public void handle(Turn turn, OpenMenu action) {
        switch (action.item()) {
            case BOOK -> turn.reply(mainMenu.featuredMentors(turn));
            case BECOME_MENTOR -> turn.reply(turn.t(turn.account().isMentor()
                    ? "menu.mentor-profile.soon" : "menu.become-mentor.soon"));
            case MY_CONSULTATIONS -> turn.reply(turn.t("my.none"));
            case HELP -> turn.reply(turn.t("help.intro"));
        }
    }
}
