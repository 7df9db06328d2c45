package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.time.Instant;

import io.mentorbot.accounts.Account;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/**
 * Admin rights given or withdrawn by {@code /grantadmin}, {@code /revokeadmin} and the console: the core's answer
 * ({@link AdminGrants}) in words for the acting admin, through the returned value and the button's notice. What
 * follows for the user (their menu, a word to them) is {@link AdminRightsNotices}'s.
 */
@Component
class AdminRightsChange {

    private final AdminGrants grants;

    AdminRightsChange(AdminGrants grants) {
        this.grants = grants;
    }

    /**
     * Grants admin rights for {@code length} from now, and returns the text for the acting admin (it names the
     * end in their zone), or the refusal (a permanent admin, the admin themselves, a granter who is no configured
     * admin).
     */
    String grant(Turn turn, Account target, Duration length) {
        AdminGrants.GrantOutcome outcome = grants.grant(turn.account().id(), target.id(), length);
        String text = switch (outcome.result()) {
            case GRANTED -> {
                Instant until = outcome.account().adminUntil().orElseThrow();
                yield turn.t("grantadmin.done", outcome.account().displayName(),
                        Times.dayTime(until, turn.account().zone(), turn.language()), turn.account().zone().getId());
            }
            case PERMANENT -> turn.t("grantadmin.permanent", target.displayName());
            case SELF -> turn.t("rights.self");
            case NOT_ALLOWED -> turn.t("adminrights.not-permanent");
            case GONE -> turn.t("console.gone");
        };
        turn.notice(text);
        return text;
    }

    /** Withdraws a temporary grant; returns the text for the acting admin. */
    String revoke(Turn turn, Account target) {
        String name = target.displayName();
        String text = switch (grants.revoke(turn.account().id(), target.id())) {
            case PERMANENT -> turn.t("revokeadmin.permanent", name);
            case NOT_AN_ADMIN -> turn.t("revokeadmin.not-admin", name);
            case NOT_ALLOWED -> turn.t("adminrights.not-permanent");
            case REVOKED -> turn.t("revokeadmin.done", name);
        };
        turn.notice(text);
        return text;
    }
}
