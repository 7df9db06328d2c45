package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.MentorOnboarding.DecisionOutcome;
import io.mentorbot.telegram.admin.AdminAction.AdminApplication;
import io.mentorbot.telegram.admin.AdminAction.DecideApplication;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Admins decide on mentor applications with the Approve / Reject buttons of the notice ({@link ApplicationNotices})
 * or the console; a rejection turns the pressed screen into the question for the reason ({@link Step#REASON}). The
 * core decides ({@link MentorOnboarding#approve}, {@link MentorOnboarding#reject}): only admins, the first decision
 * wins; a later press is told it was decided already and its screen shows the outcome instead of the buttons. The
 * applicant hears the outcome from {@link ApplicationNotices}.
 */
@Component
class ApplicationDecisions implements Dialog {

    enum Step { REASON }

    static final String NAME = "reject-application";
    static final int REASON_MAX = 500;

    private final MentorOnboarding onboarding;
    private final AccountDesk accounts;
    private final ConversationStore conversations;
    private final ConsoleApplications screens;

    ApplicationDecisions(MentorOnboarding onboarding, AccountDesk accounts, ConversationStore conversations,
                         ConsoleApplications screens) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.conversations = conversations;
        this.screens = screens;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String activityKey() {
        return "leave.activity.reject-application";
    }

    void press(Turn turn, DecideApplication action) {
        if (!turn.account().isAdmin()) {
            turn.refuse("application decision", "admin.only");
            return;
        }
        Optional<Application> application = onboarding.find(action.applicationId());
        if (application.isEmpty() || application.get().status() != Application.Status.PENDING) {
            alreadyDecided(turn, application);
            return;
        }
        if (!action.approve()) {
            ask(turn, Conversation.start(turn.chatId(), name(), Step.REASON)
                    .with("application", Long.toString(action.applicationId())));
            return;
        }
        DecisionOutcome outcome = onboarding.approve(action.applicationId(), turn.account().id());
        switch (outcome.decision()) {
            case APPROVED, REJECTED -> {
                String done = turn.t("application.approved.admin", applicant(outcome));
                turn.notice(done);
                turn.show(done, ConsoleApplications.pending(turn));
            }
            case OWN_APPLICATION -> turn.alert(turn.t("rights.self"));
            case ALREADY_DECIDED -> alreadyDecided(turn, onboarding.find(action.applicationId()));
            case NOT_ADMIN -> turn.refuse("application decision", "admin.only");
        }
    }

    /** Another admin was first: said so, and the pressed screen shows the outcome (or loses its buttons). */
    private void alreadyDecided(Turn turn, Optional<Application> application) {
        turn.alert(turn.t("application.already-decided"));
        application.ifPresentOrElse(decided -> screens.decided(turn, decided), turn::closeScreen);
    }

    /** The pressed screen asks for the reason; its Cancel shows the application again. */
    private void ask(Turn turn, Conversation conversation) {
        long applicationId = Long.parseLong(conversation.draft().get("application"));
        QuestionScreen.show(turn, conversations, conversation, turn.t("application.reason"), Keyboards.column(
                Keyboards.button(turn.t("dialog.cancel"), new AdminApplication(applicationId))));
    }

    /** The question for the reason again; an application decided meanwhile ends the dialog and shows the outcome. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        Optional<Application> application = onboarding.find(Long.parseLong(conversation.draft().get("application")));
        if (application.isPresent() && application.get().status() == Application.Status.PENDING) {
            ask(turn, conversation);
            return;
        }
        conversations.clear(turn.chatId());
        alreadyDecided(turn, application);
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
        QuestionScreen.answered(turn, conversation);
        DecisionOutcome outcome = onboarding.reject(applicationId, turn.account().id(), input.text());
        switch (outcome.decision()) {
            case APPROVED, REJECTED -> turn.reply(turn.t("application.rejected.admin", applicant(outcome)),
                    ConsoleApplications.pending(turn));
            case OWN_APPLICATION, ALREADY_DECIDED -> turn.reply(turn.t("application.already-decided"),
                    ConsoleApplications.pending(turn));
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
