package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /revokeadmin @user}: ends a temporary admin grant early; configured admins stay admins. */
@Component
class RevokeAdminCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final AdminGrants grants;
    private final Notifier notifier;
    private final CommandMenu commandMenu;

    RevokeAdminCommand(AccountDesk accounts, AdminGrants grants, Notifier notifier, CommandMenu commandMenu) {
        this.accounts = accounts;
        this.grants = grants;
        this.notifier = notifier;
        this.commandMenu = commandMenu;
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
        if (args.isBlank()) {
            turn.reply(turn.t("revokeadmin.usage"));
            return;
        }
        Optional<Account> target = AdminTargets.resolve(accounts, args);
        if (target.isEmpty()) {
            turn.reply(turn.t("admin.user-not-found", args.strip()));
            return;
        }
        String name = target.get().displayName();
        switch (grants.revoke(turn.account().id(), target.get().id())) {
            case PERMANENT -> turn.reply(turn.t("revokeadmin.permanent", name));
            case NOT_AN_ADMIN -> turn.reply(turn.t("revokeadmin.not-admin", name));
            case REVOKED -> {
                Account changed = accounts.find(target.get().id()).orElseThrow();
                commandMenu.publishFor(changed);
                notifier.notify(changed, notifier.text(changed, "revokeadmin.notice"), null);
                turn.reply(turn.t("revokeadmin.done", name));
            }
        }
    }
}
