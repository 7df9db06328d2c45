package io.mentorbot.telegram.admin;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorApplicationDecided;
import io.mentorbot.mentors.MentorApplicationSubmitted;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.admin.AdminAction.DecideApplication;
import io.mentorbot.telegram.dialog.CommandMenu;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What follows a mentor application: a new one reaches every admin with Approve / Reject buttons; once decided, an
 * approved applicant's command menu becomes a mentor's, and an applicant decided on by an admin is told the outcome
 * (with the reason of a rejection). All through the outbox, in the transaction that filed or decided it.
 */
@Component
class ApplicationNotices {

    private final MentorOnboarding onboarding;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final CommandMenu commandMenu;

    ApplicationNotices(MentorOnboarding onboarding, AccountDesk accounts, Notifier notifier, CommandMenu commandMenu) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.notifier = notifier;
        this.commandMenu = commandMenu;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MentorApplicationSubmitted event) {
        Application application = onboarding.find(event.applicationId()).orElseThrow();
        Account applicant = accounts.find(event.applicantId()).orElseThrow();
        for (Account admin : accounts.admins()) {
            String text = notifier.text(admin, "application.new", applicant.displayName(),
                    applicant.username() == null ? "—" : "@" + applicant.username(),
                    String.join(", ", application.topics().stream()
                            .map(t -> notifier.text(admin, "topic." + t)).toList()),
                    application.headline(), application.bio());
            notifier.notify(admin, text, Keyboards.column(
                    Keyboards.button(notifier.text(admin, "application.approve"),
                            new DecideApplication(application.id(), true)),
                    Keyboards.button(notifier.text(admin, "application.reject"),
                            new DecideApplication(application.id(), false))));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MentorApplicationDecided event) {
        accounts.find(event.applicantId()).ifPresent(applicant -> {
            if (event.approved()) {
                commandMenu.queueFor(applicant);
            }
            if (event.adminId() != null) {
                notifier.notify(applicant, event.approved()
                        ? notifier.text(applicant, "application.approved")
                        : notifier.text(applicant, "application.rejected", event.reason()), null);
            }
        });
    }
}
