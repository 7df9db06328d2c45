package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.admin.GrantLength;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/** {@code /grantadmin @user 24h}: admin rights for a while (30m, 24h, 7d); they lapse by themselves. */
@Component
class GrantAdminCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final AdminGrants grants;
    private final Notifier notifier;
    private final CommandMenu commandMenu;

    GrantAdminCommand(AccountDesk accounts, AdminGrants grants, Notifier notifier, CommandMenu commandMenu) {
        this.accounts = accounts;
        this.grants = grants;
        this.notifier = notifier;
        this.commandMenu = commandMenu;
    }

    @Override
    public String name() {
        return "grantadmin";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+");
        Optional<Duration> length = parts.length == 2 ? GrantLength.parse(parts[1]) : Optional.empty();
        if (length.isEmpty()) {
            turn.reply(turn.t("grantadmin.usage"));
            return;
        }
        Optional<Account> target = AdminTargets.resolve(accounts, parts[0]);
        if (target.isEmpty()) {
            turn.reply(turn.t("admin.user-not-found", parts[0]));
            return;
        }
        if (grants.isPermanent(target.get())) {
            turn.reply(turn.t("grantadmin.permanent", target.get().displayName()));
            return;
        }
        Account granted = grants.grant(turn.account().id(), target.get().id(), length.get());
        Instant until = granted.adminUntil().orElseThrow();
        commandMenu.publishFor(granted);
        notifier.notify(granted, notifier.text(granted, "grantadmin.notice",
                Times.dayTime(until, granted.zone(), granted.language()), granted.zone().getId()), null);
        turn.reply(turn.t("grantadmin.done", granted.displayName(),
                Times.dayTime(until, turn.account().zone(), turn.language()), turn.account().zone().getId()));
    }
}
