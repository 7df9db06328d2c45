package io.mentorbot.telegram.command;

import io.mentorbot.telegram.command.MenuAction.OpenMenu;
import io.mentorbot.telegram.booking.Catalog;
import io.mentorbot.telegram.booking.MyConsultations;
import io.mentorbot.telegram.mentor.ApplyDialog;
import io.mentorbot.telegram.mentor.ProfileDialog;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.dialog.ButtonHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The main menu's buttons. */
@Component
class MenuButtons {

    private final MainMenu mainMenu;
    private final ApplyDialog apply;
    private final ProfileDialog profile;
    private final Catalog catalog;
    private final MyConsultations my;
    private final HelpCommand help;

    MenuButtons(MainMenu mainMenu, ApplyDialog apply, ProfileDialog profile, Catalog catalog, MyConsultations my,
                HelpCommand help) {
        this.help = help;
        this.my = my;
        this.catalog = catalog;
        this.mainMenu = mainMenu;
        this.apply = apply;
        this.profile = profile;
    }

    void press(Turn turn, OpenMenu action) {
        switch (action.item()) {
            case BOOK -> catalog.topics(turn);
            case BECOME_MENTOR -> {
                if (turn.account().isMentor()) {
                    profile.handle(turn, "");
                } else {
                    apply.start(turn);
                }
            }
            case MY_CONSULTATIONS -> my.show(turn);
            case HELP -> help.handle(turn, ""); // in place of the menu it was pressed on
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<OpenMenu> openMenuButton(MenuButtons menu) {
            return ButtonHandler.of(OpenMenu.VERB, menu::press);
        }
    }
}
