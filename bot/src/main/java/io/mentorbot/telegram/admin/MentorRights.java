package io.mentorbot.telegram.admin;

import io.mentorbot.accounts.Account;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/**
 * An admin grants or withdraws mentor rights (from a command or the console): the core decides
 * ({@link MentorOnboarding#changeRole}); this puts its answer in words for the acting admin. What follows for the
 * person is {@link MentorRoleNotices}'s.
 */
@Component
class MentorRights {

    private final MentorOnboarding onboarding;

    MentorRights(MentorOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** Makes the change if it is one and allowed; returns the text for the acting admin. */
    String change(Turn turn, Account target, boolean grant) {
        String name = target.displayName();
        return switch (onboarding.changeRole(turn.account().id(), target.id(), grant)) {
            case CHANGED -> turn.t(grant ? "makementor.done" : "unmentor.done", name);
            case ALREADY -> turn.t(grant ? "makementor.already" : "unmentor.not-mentor", name);
            case SELF -> turn.t("rights.self");
            case NOT_LASTING -> turn.t("makementor.not-permanent");
            case NOT_ADMIN -> turn.t("admin.only");
        };
    }
}
