package io.mentorbot.telegram.command;

import java.util.List;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The main menu's buttons. */
public sealed interface MenuAction extends CallbackAction {

    /** One of the main menu entries. */
    record OpenMenu(MenuItem item) implements MenuAction {
        public static final Verb<OpenMenu> VERB = Verb.of("menu", 1, OpenMenu.class,
                args -> new OpenMenu(MenuItem.of(args.text(0))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(item.code()); }
    }

    /** The entries of the main menu. */
    enum MenuItem {
        BOOK("book"), BECOME_MENTOR("mentor"), MY_CONSULTATIONS("my"), HELP("help");

        private final String code;

        MenuItem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static MenuItem of(String code) {
            for (MenuItem item : values()) {
                if (item.code.equals(code)) {
                    return item;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }
}
