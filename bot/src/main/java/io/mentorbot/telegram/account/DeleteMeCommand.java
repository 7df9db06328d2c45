package io.mentorbot.telegram.account;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.account.AccountAction.ConfirmErase;
import io.mentorbot.telegram.account.AccountAction.KeepAccount;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * {@code /deleteme}: erases the user's personal data after an explicit confirmation: the account and everything the
 * modules keep about the person (see {@link io.mentorbot.accounts.AccountErased}), in one transaction.
 */
@Component
class DeleteMeCommand implements CommandHandler {

    private final AccountDesk accounts;

    DeleteMeCommand(AccountDesk accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "deleteme";
    }

    @Override
    public void handle(Turn turn, String args) {
        ask(turn);
    }

    /** The question, as this turn's screen: a new message for the command, the settings screen for its button. */
    void ask(Turn turn) {
        turn.showText(turn.t("deleteme.confirm"), Keyboards.column(
                Keyboards.button(turn.t("deleteme.yes"), new ConfirmErase(turn.account().id())),
                Keyboards.button(turn.t("deleteme.no"), new KeepAccount())));
    }

    void press(Turn turn, ConfirmErase action) {
        if (action.accountId() != turn.account().id()) {
            turn.refuse("erasure of another account", "button.not-yours");
            return;
        }
        String farewell = turn.t("deleteme.done");
        accounts.erase(turn.account().id()); // every module forgets its part, this chat's dialog included
        turn.notice(farewell);
        turn.show(farewell, null);
    }
}
