package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.MentorOnboarding.DecisionOutcome;
import io.mentorbot.telegram.admin.AdminAction.DecideApplication;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Admins decide on mentor applications with the Approve / Reject buttons of the notice ({@link ApplicationNotices})
 * or the console; a rejection asks for the reason ({@link Step#REASON}). The core decides
 * ({@link MentorOnboarding#approve}, {@link MentorOnboarding#reject}): only admins, the first decision wins, later
 * presses are told it was decided already. The applicant hears the outcome from {@link ApplicationNotices}.
 */
@Component
class ApplicationDecisions implements Dialog {

    enum Step { REASON }

    static final int REASON_MAX = 500;

    private final MentorOnboarding onboarding;
    private final AccountDesk accounts;
    private final ConversationStore conversations;

    ApplicationDecisions(MentorOnboarding onboarding, AccountDesk accounts, ConversationStore conversations) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "reject-application";
    }

    void press(Turn turn, DecideApplication action) {
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
        DecisionOutcome outcome = onboarding.approve(action.applicationId(), turn.account().id());
        switch (outcome.decision()) {
            case APPROVED, REJECTED -> {
                String done = turn.t("application.approved.admin", applicant(outcome));
                turn.notice(done);
                turn.show(done, null);
            }
            case OWN_APPLICATION -> turn.alert(turn.t("rights.self"));
            case ALREADY_DECIDED -> turn.alert(turn.t("application.already-decided"));
            case NOT_ADMIN -> turn.refuse("application decision", "admin.only");
        }
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!turn.account().isAdmin()) {
            conversations.clear(turn.chatId());
            turn.refuse("application decision", "admin.only");
            return;
        }
        if (!input.hasText() || input.text().strip().length() > REASON_MAX) {
            turn.reply(turn.t("application.reason.invalid", REASON_MAX));
            return;
        }
        long applicationId = Long.parseLong(conversation.draft().get("application"));
        conversations.clear(turn.chatId());
        DecisionOutcome outcome = onboarding.reject(applicationId, turn.account().id(), input.text());
        switch (outcome.decision()) {
            case APPROVED, REJECTED -> turn.reply(turn.t("application.rejected.admin", applicant(outcome)));
            case OWN_APPLICATION, ALREADY_DECIDED -> turn.reply(turn.t("application.already-decided"));
            case NOT_ADMIN -> turn.refuse("application decision", "admin.only");
        }
    }

    private String applicant(DecisionOutcome outcome) {
        long applicantId = outcome.application().orElseThrow().userId();
        return accounts.find(applicantId).orElseThrow().displayName();
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<DecideApplication> decideApplicationButton(ApplicationDecisions decisions) {
            return ButtonHandler.of(DecideApplication.VERB, decisions::press);
        }
    }
}
