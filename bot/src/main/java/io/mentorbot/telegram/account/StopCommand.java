package io.mentorbot.telegram.account;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /stop}: pauses the account: no reminders or notices until {@code /start}. */
@Component
class StopCommand implements CommandHandler {

    private final AccountDesk accounts;

    StopCommand(AccountDesk accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "stop";
    }

    @Override
    public void handle(Turn turn, String args) {
        accounts.pause(turn.account().id(), true);
        turn.reply(turn.t("stop.paused"));
    }
}
