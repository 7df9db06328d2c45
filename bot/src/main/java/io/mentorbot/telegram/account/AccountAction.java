package io.mentorbot.telegram.account;

import java.time.ZoneId;
import java.util.List;

import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The buttons of the account settings: language, time zone, e-mail, erasure. */
public sealed interface AccountAction extends CallbackAction {

    /** Opens the settings screen or one of its sections, in place of the pressed screen. */
    record OpenSettings(Section section) implements AccountAction {
        public static final Verb<OpenSettings> VERB = Verb.of("set", 1, OpenSettings.class,
                args -> new OpenSettings(Section.of(args.text(0))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(section.code); }
    }

    /** The settings screen itself and its sections. */
    enum Section {
        HOME("home"), LANGUAGE("lang"), TIME_ZONE("tz"), EMAIL("em"), ERASE("del");

        private final String code;

        Section(String code) {
            this.code = code;
        }

        static Section of(String code) {
            for (Section section : values()) {
                if (section.code.equals(code)) {
                    return section;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    record ChooseLanguage(Language language) implements AccountAction {
        public static final Verb<ChooseLanguage> VERB = Verb.of("lang", 1, ChooseLanguage.class,
                args -> new ChooseLanguage(Language.fromTag(args.text(0)).orElseThrow()));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(language.code()); }
    }

    record ChooseTimeZone(String zoneId) implements AccountAction {
        public static final Verb<ChooseTimeZone> VERB = Verb.of("tz", 1, ChooseTimeZone.class,
                args -> new ChooseTimeZone(ZoneId.of(args.text(0)).getId()));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(zoneId); }
    }

    /** Confirms erasing the data of one account: the id makes a stale or forwarded button harmless. */
    record ConfirmErase(long accountId) implements AccountAction {
        public static final Verb<ConfirmErase> VERB = Verb.of("erase", 1, ConfirmErase.class,
                args -> new ConfirmErase(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(accountId)); }
    }

    record KeepAccount() implements AccountAction {
        public static final Verb<KeepAccount> VERB = Verb.of("keep", KeepAccount.class, new KeepAccount());

        public String verb() { return VERB.name(); }
    }

    /** /email: change (or add) the address, or remove it. Always about the presser's own account. */
    record EditEmail(boolean remove) implements AccountAction {
        public static final Verb<EditEmail> VERB = Verb.of("em", 1, EditEmail.class,
                args -> new EditEmail(args.flag(0, "rm", "set")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(remove ? "rm" : "set"); }
    }
}
