package io.mentorbot.telegram.account;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.mentorbot.accounts.Account;
import io.mentorbot.telegram.account.AccountAction.OpenSettings;
import io.mentorbot.telegram.account.AccountAction.Section;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /settings}: one screen with the user's language, time zone and e-mail address, and a button for each and for
 * erasing the account. Every section opens in place of the screen, and a finished one leads back to it.
 */
@Component
class SettingsCommand implements CommandHandler {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final LanguageCommand language;
    private final TimeZoneDialog timeZone;
    private final EmailDialog email;
    private final DeleteMeCommand deleteMe;
    private final Clock clock;

    SettingsCommand(LanguageCommand language, TimeZoneDialog timeZone, EmailDialog email,
                    DeleteMeCommand deleteMe, Clock clock) {
        this.language = language;
        this.timeZone = timeZone;
        this.email = email;
        this.deleteMe = deleteMe;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public void handle(Turn turn, String args) {
        show(turn);
    }

    void press(Turn turn, OpenSettings action) {
        switch (action.section()) {
            case HOME -> show(turn);
            case LANGUAGE -> language.ask(turn);
            case TIME_ZONE -> timeZone.ask(turn);
            case EMAIL -> email.overview(turn);
            case ERASE -> deleteMe.ask(turn);
        }
    }

    private void show(Turn turn) {
        Account account = turn.account();
        String address = account.verifiedEmail().orElse(turn.t("settings.email.none"));
        turn.showText(turn.t("settings.title", turn.t("language.name." + account.language().code()),
                        zoneNow(account.zone()), address),
                Keyboards.column(
                        Keyboards.button(turn.t("settings.button.language"), new OpenSettings(Section.LANGUAGE)),
                        Keyboards.button(turn.t("settings.button.timezone"), new OpenSettings(Section.TIME_ZONE)),
                        Keyboards.button(turn.t("settings.button.email"), new OpenSettings(Section.EMAIL)),
                        Keyboards.button(turn.t("settings.button.erase"), new OpenSettings(Section.ERASE))));
    }

    private String zoneNow(ZoneId zone) {
        return zone.getId() + " (" + ZonedDateTime.now(clock.withZone(zone)).format(CLOCK) + ")";
    }

    /** "Back to settings": what a finished section offers. */
    static InlineKeyboardButton back(Turn turn) {
        return Keyboards.button(turn.t("settings.back"), new OpenSettings(Section.HOME));
    }
}
