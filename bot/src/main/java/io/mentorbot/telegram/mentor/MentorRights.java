package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/**
 * An admin grants or withdraws mentor rights (from a command or the console): the change, its audit entry, the
 * person's command menu and the notice to them, in one place.
 */
@Component
public class MentorRights {

    private final AccountDesk accounts;
    private final MentorOnboarding onboarding;
    private final AdminAudit audit;
    private final CommandMenu commandMenu;
    private final Notifier notifier;

    MentorRights(AccountDesk accounts, MentorOnboarding onboarding, AdminAudit audit, CommandMenu commandMenu,
                 Notifier notifier) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.audit = audit;
        this.commandMenu = commandMenu;
        this.notifier = notifier;
    }

    /** The account after the change; empty when it already was as asked (nothing changed). */
    public Optional<Account> change(Turn turn, Account target, boolean grant) {
        if (target.isMentor() == grant) {
            return Optional.empty();
        }
        if (grant) {
            onboarding.makeMentor(target.id());
        } else {
            onboarding.unmakeMentor(target.id());
        }
        audit.record(turn.account().id(), grant ? "make-mentor" : "unmake-mentor", AdminAudit.user(target.id()),
                "mentor=" + !grant, "mentor=" + grant);
        Account changed = accounts.find(target.id()).orElseThrow();
        commandMenu.publishFor(changed, turn);
        notifier.notify(changed, notifier.text(changed, grant ? "makementor.welcome" : "unmentor.notice"), null);
        return Optional.of(changed);
    }
}
