package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.callback.CallbackAction.DecideApplication;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * Admins decide on mentor applications: the application reaches every admin with Approve / Reject; a rejection
 * asks for the reason ({@link Step#REASON}). The applicant hears the outcome. Only admins may decide, re-checked
 * on every press; the first decision wins, later presses are told it was decided already.
 */
@Component
class ApplicationDecisions implements ButtonHandler<DecideApplication>, Dialog {

    enum Step { REASON }

    private final MentorOnboarding onboarding;
    private final AccountDesk accounts;
    private final Notifier notifier;
    private final ConversationStore conversations;
    private final CommandMenu commandMenu;
    private final AdminAudit audit;

    ApplicationDecisions(MentorOnboarding onboarding, AccountDesk accounts, Notifier notifier,
                         ConversationStore conversations, CommandMenu commandMenu, AdminAudit audit) {
        this.audit = audit;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.notifier = notifier;
        this.conversations = conversations;
        this.commandMenu = commandMenu;
    }

    @Override
    public String name() {
        return "reject-application";
    }

    void announce(Application application, Account applicant) {
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

    @Override
    public Class<DecideApplication> action() {
        return DecideApplication.class;
    }

    @Override
    public void handle(Turn turn, DecideApplication action) {
        if (!turn.account().isAdmin()) {
            turn.refuse("application decision", "admin.only");
            return;
        }
        Optional<Application> application = onboarding.find(action.applicationId());
        if (application.isEmpty() || application.get().status() != Application.Status.PENDING) {
            turn.alert(turn.t("application.already-decided"));
            return;
        }
        if (!action.approve()) {
            conversations.save(Conversation.start(turn.chatId(), name(), Step.REASON)
                    .with("application", Long.toString(action.applicationId())));
            turn.reply(turn.t("application.reason"));
            return;
        }
        if (onboarding.approve(action.applicationId(), turn.account().id()).isEmpty()) {
            boolean own = application.get().userId() == turn.account().id(); // refused by the approval itself
            turn.alert(turn.t(own ? "rights.self" : "application.already-decided"));
            return;
        }
        Account applicant = accounts.find(application.get().userId()).orElseThrow();
        audit.record(turn.account().id(), "approve-application", AdminAudit.user(applicant.id()),
                "application=" + action.applicationId() + ", status=PENDING", "status=APPROVED");
        commandMenu.publishFor(applicant, turn);
        notifier.notify(applicant, notifier.text(applicant, "application.approved"), null);
        turn.notice(turn.t("application.approved.admin", applicant.displayName()));
        turn.show(turn.t("application.approved.admin", applicant.displayName()), null);
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!turn.account().isAdmin()) {
            conversations.clear(turn.chatId());
            turn.refuse("application decision", "admin.only");
            return;
        }
        if (!input.hasText() || input.text().strip().length() > 500) {
            turn.reply(turn.t("application.reason.invalid", 500));
            return;
        }
        long applicationId = Long.parseLong(conversation.draft().get("application"));
        conversations.clear(turn.chatId());
        Optional<Application> rejected = onboarding.reject(applicationId, turn.account().id(), input.text());
        if (rejected.isEmpty()) {
            turn.reply(turn.t("application.already-decided"));
            return;
        }
        Account applicant = accounts.find(rejected.get().userId()).orElseThrow();
        audit.record(turn.account().id(), "reject-application", AdminAudit.user(applicant.id()),
                "application=" + applicationId + ", status=PENDING", "status=REJECTED, reason=" + rejected.get().reason());
        notifier.notify(applicant, notifier.text(applicant, "application.rejected", rejected.get().reason()), null);
        turn.reply(turn.t("application.rejected.admin", applicant.displayName()));
    }
}
