package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /revokeadmin @user}: ends a temporary admin grant early; configured admins stay admins. */
@Component
class RevokeAdminCommand implements CommandHandler {

    private final AdminTargets targets;
    private final AdminRightsChange rights;

    RevokeAdminCommand(AdminTargets targets, AdminRightsChange rights) {
        this.targets = targets;
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
        Optional<Account> target = targets.named(turn, name(), args, AdminAction.AdminUserAct.UNADMIN);
        if (target.isEmpty()) {
            return;
        }
        turn.reply(rights.revoke(turn, target.get()));
    }
}
