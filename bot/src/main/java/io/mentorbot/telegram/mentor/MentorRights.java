package io.mentorbot.telegram.mentor;

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
 * person's command menu and the notice to them, in one place. Who may grant is decided by {@link MentorOnboarding}.
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

    /** Makes the change if it is one and allowed; returns the text for the acting admin. */
    public String change(Turn turn, Account target, boolean grant) {
        String name = target.displayName();
        if (target.isMentor() == grant) {
            return turn.t(grant ? "makementor.already" : "unmentor.not-mentor", name);
        }
        if (grant) {
            switch (onboarding.makeMentor(turn.account().id(), target.id())) {
                case SELF -> {
                    return turn.t("rights.self");
                }
                case NOT_LASTING -> {
                    return turn.t("makementor.not-permanent");
                }
                case GRANTED -> {
                }
            }
        } else {
            onboarding.unmakeMentor(target.id());
        }
        audit.record(turn.account().id(), grant ? "make-mentor" : "unmake-mentor", AdminAudit.user(target.id()),
                "mentor=" + !grant, "mentor=" + grant);
        Account changed = accounts.find(target.id()).orElseThrow();
        commandMenu.publishFor(changed, turn);
        notifier.notify(changed, notifier.text(changed, grant ? "makementor.welcome" : "unmentor.notice"), null);
        return turn.t(grant ? "makementor.done" : "unmentor.done", changed.displayName());
    }
}
