package io.mentorbot.telegram.command;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.booking.MentorBrowser;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /start}: a presentation for newcomers, a greeting for returning users; resumes a paused account. */
@Component
class StartCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final MainMenu mainMenu;
    private final MentorBrowser browser;

    StartCommand(AccountDesk accounts, MainMenu mainMenu, MentorBrowser browser) {
        this.accounts = accounts;
        this.mainMenu = mainMenu;
        this.browser = browser;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public void handle(Turn turn, String args) {
        Account account = turn.account();
        String greeting;
        if (account.isPaused()) {
            accounts.pause(account.id(), false);
            greeting = turn.t("start.resumed", firstName(account));
        } else if (turn.newcomer()) {
            greeting = turn.t("start.welcome", firstName(account));
        } else {
            greeting = turn.t("start.welcome-back", firstName(account));
        }
        turn.reply(greeting + "\n\n" + mainMenu.featuredMentors(turn), mainMenu.keyboard(turn));
        if (args.matches("m_\\d{1,18}")) {
            browser.card(turn, Long.parseLong(args.substring(2))); // a deep link to a mentor's card
        }
    }

    private static String firstName(Account account) {
        return account.firstName() != null ? account.firstName() : account.displayName();
    }
}
