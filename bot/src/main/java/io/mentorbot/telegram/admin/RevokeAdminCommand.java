package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /revokeadmin @user}: ends a temporary admin grant early; configured admins stay admins. */
@Component
class RevokeAdminCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final AdminRightsChange rights;

    RevokeAdminCommand(AccountDesk accounts, AdminRightsChange rights) {
        this.accounts = accounts;
        this.rights = rights;
    }

    @Override
    public String name() {
        return "revokeadmin";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        Optional<Account> target = AdminTargets.named(turn, accounts, name(), args);
        if (target.isEmpty()) {
            return;
        }
        turn.reply(rights.revoke(turn, target.get()));
    }
}
