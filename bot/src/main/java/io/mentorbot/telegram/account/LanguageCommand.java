package io.mentorbot.telegram.account;

import java.util.Arrays;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.account.AccountAction.ChooseLanguage;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/** {@code /language}: pick Ukrainian or English; the choice applies at once. */
@Component
class LanguageCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final CommandMenu commandMenu;

    LanguageCommand(AccountDesk accounts, CommandMenu commandMenu) {
        this.accounts = accounts;
        this.commandMenu = commandMenu;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void handle(Turn turn, String args) {
        Language.fromTag(args).ifPresentOrElse(language -> choose(turn, language), () -> ask(turn));
    }

    /** The choice of languages, as this turn's screen. */
    void ask(Turn turn) {
        turn.showText(turn.t("language.ask", turn.t("language.name." + turn.language().code())),
                Keyboards.withRow(Keyboards.grid(Arrays.stream(Language.values())
                        .map(l -> Keyboards.button(turn.t("language.name." + l.code()), new ChooseLanguage(l)))
                        .toList(), 2), SettingsCommand.back(turn)));
    }

    void press(Turn turn, ChooseLanguage action) {
        choose(turn, action.language());
    }

    private void choose(Turn turn, Language language) {
        accounts.changeLanguage(turn.account().id(), language);
        commandMenu.publishFor(turn.account(), turn);
        String done = turn.t("language.changed", turn.t("language.name." + language.code()));
        turn.notice(done);
        turn.show(done, Keyboards.column(SettingsCommand.back(turn)));
    }
}
