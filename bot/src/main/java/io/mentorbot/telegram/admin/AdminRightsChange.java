package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.time.Instant;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminGrantLapsed;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Admin rights given, withdrawn or run out, in one place for {@code /grantadmin}, {@code /revokeadmin} and the
 * console: the change (audited by {@link AdminGrants}), the user's command menu, and a word to the user. The acting
 * admin is told through the returned value or the button's notice.
 */
@Component
class AdminRightsChange {

    private final AccountDesk accounts;
    private final AdminGrants grants;
    private final Notifier notifier;
    private final CommandMenu commandMenu;

    AdminRightsChange(AccountDesk accounts, AdminGrants grants, Notifier notifier, CommandMenu commandMenu) {
        this.accounts = accounts;
        this.grants = grants;
        this.notifier = notifier;
        this.commandMenu = commandMenu;
    }

    /**
     * Grants admin rights for {@code length} from now, and returns the text for the acting admin (it names the
     * end in their zone), or the refusal (a permanent admin, the admin themselves, a granter who is no configured
     * admin).
     */
    String grant(Turn turn, Account target, Duration length) {
        AdminGrants.GrantOutcome outcome = grants.grant(turn.account().id(), target.id(), length);
        String refused = switch (outcome.result()) {
            case GRANTED -> null;
            case PERMANENT -> turn.t("grantadmin.permanent", target.displayName());
            case SELF -> turn.t("rights.self");
            case NOT_ALLOWED -> turn.t("adminrights.not-permanent");
        };
        if (refused != null) {
            turn.notice(refused);
            return refused;
        }
        Account granted = outcome.account();
        Instant until = granted.adminUntil().orElseThrow();
        commandMenu.publishFor(granted, turn);
        notifier.notify(granted, notifier.text(granted, "grantadmin.notice",
                Times.dayTime(until, granted.zone(), granted.language()), granted.zone().getId()), null);
        String done = turn.t("grantadmin.done", granted.displayName(),
                Times.dayTime(until, turn.account().zone(), turn.language()), turn.account().zone().getId());
        turn.notice(done);
        return done;
    }

    /** Withdraws a temporary grant; returns the text for the acting admin. */
    String revoke(Turn turn, Account target) {
        String name = target.displayName();
        String text = switch (grants.revoke(turn.account().id(), target.id())) {
            case PERMANENT -> turn.t("revokeadmin.permanent", name);
            case NOT_AN_ADMIN -> turn.t("revokeadmin.not-admin", name);
            case NOT_ALLOWED -> turn.t("adminrights.not-permanent");
            case REVOKED -> {
                Account changed = accounts.find(target.id()).orElseThrow();
                commandMenu.publishFor(changed, turn);
                notifier.notify(changed, notifier.text(changed, "revokeadmin.notice"), null);
                yield turn.t("revokeadmin.done", name);
            }
        };
        turn.notice(text);
        return text;
    }

    /** A temporary grant ran out: the admin commands leave the user's menu, and they are told. */
    @TransactionalEventListener
    void on(AdminGrantLapsed event) {
        accounts.find(event.accountId()).filter(account -> !account.isAdmin()).ifPresent(account -> {
            commandMenu.publishFor(account);
            notifier.notify(account, notifier.text(account, "admin.lapsed"), null);
        });
    }
}
