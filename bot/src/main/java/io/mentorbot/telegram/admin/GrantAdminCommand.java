package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.GrantLength;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /grantadmin @user 24h}: admin rights for a while (30m, 24h, 7d); they lapse by themselves. */
@Component
class GrantAdminCommand implements CommandHandler {

    private final AccountDesk accounts;
    private final AdminRightsChange rights;

    GrantAdminCommand(AccountDesk accounts, AdminRightsChange rights) {
        this.accounts = accounts;
        this.rights = rights;
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
        turn.reply(rights.grant(turn, target.get(), length.get()));
    }
}
