package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.admin.GrantLength;
import io.mentorbot.telegram.admin.AdminAction.AdminUserAct;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /grantadmin @user 24h} (or a Telegram id, or a name): admin rights for a while (30m, 24h, 7d); they lapse by themselves. */
@Component
class GrantAdminCommand implements CommandHandler {

    private final AdminTargets targets;
    private final AdminRightsChange rights;

    GrantAdminCommand(AdminTargets targets, AdminRightsChange rights) {
        this.targets = targets;
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
        String text = args.strip();
        int space = text.lastIndexOf(' ');
        Optional<Duration> length = space > 0 ? GrantLength.parse(text.substring(space + 1)) : Optional.empty();
        if (length.isEmpty()) {
            turn.reply(turn.t("grantadmin.usage"));
            return;
        }
        Optional<Account> target = targets.named(turn, name(), text.substring(0, space), pick(length.get()));
        target.ifPresent(account -> turn.reply(rights.grant(turn, account, length.get())));
    }

    /** Among several matches, the card's own button for a day or a week; another length opens the card. */
    private static AdminUserAct pick(Duration length) {
        if (length.equals(Duration.ofDays(1))) {
            return AdminUserAct.ADMIN_DAY;
        }
        return length.equals(Duration.ofDays(7)) ? AdminUserAct.ADMIN_WEEK : AdminUserAct.OPEN;
    }
}
