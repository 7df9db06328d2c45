package io.mentorbot.telegram.callback;

import java.util.List;

import io.mentorbot.accounts.Language;

/**
 * What a button asks for. Encoded by {@link CallbackCodec}; never trusted: every handler re-checks that the
 * pressing user may do it.
 */
public sealed interface CallbackAction {

    /** The verb in {@code v1:<verb>:<args>}. */
    String verb();

    /** The arguments, in order. */
    default List<String> args() {
        return List.of();
    }

    /** One of the main menu entries. */
    record OpenMenu(MenuItem item) implements CallbackAction {
        public String verb() { return "menu"; }
        public List<String> args() { return List.of(item.code()); }
    }

    record ChooseLanguage(Language language) implements CallbackAction {
        public String verb() { return "lang"; }
        public List<String> args() { return List.of(language.code()); }
    }

    record ChooseTimeZone(String zoneId) implements CallbackAction {
        public String verb() { return "tz"; }
        public List<String> args() { return List.of(zoneId); }
    }

    /** Confirms erasing the data of one account: the id makes a stale or forwarded button harmless. */
    record ConfirmErase(long accountId) implements CallbackAction {
        public String verb() { return "erase"; }
        public List<String> args() { return List.of(Long.toString(accountId)); }
    }

    record KeepAccount() implements CallbackAction {
        public String verb() { return "keep"; }
    }

    /** Leaves whatever dialog the chat is in. */
    record CancelDialog() implements CallbackAction {
        public String verb() { return "cancel"; }
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
