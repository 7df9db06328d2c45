package io.mentorbot.telegram.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.admin.AdminAction.AdminApplication;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.admin.AdminAction.DecideApplication;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's pending mentor applications, oldest first, and one application with the same Approve and Reject
 * buttons its notification carries (decided by the application flow, which re-checks rights and first-wins).
 */
@Component
class ConsoleApplications {

    private final AdminDirectory directory;
    private final MentorOnboarding onboarding;
    private final AccountDesk accounts;
    private final ConversationStore conversations;

    ConsoleApplications(AdminDirectory directory, MentorOnboarding onboarding, AccountDesk accounts,
                        ConversationStore conversations) {
        this.directory = directory;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.conversations = conversations;
    }

    void list(Turn turn, int page) {
        AdminDirectory.IdPage found = directory.pendingApplications(page, AdminConsole.PAGE);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            onboarding.find(id).ifPresent(application -> buttons.add(Keyboards.button(
                    applicant(application).map(Account::displayName).orElse("#" + application.userId())
                            + " · " + application.headline(),
                    new AdminApplication(id))));
        }
        String title = turn.t("console.applications.title", found.page() + 1, found.pages());
        AdminConsole.showList(turn, buttons.isEmpty() ? turn.t("console.applications.none") : title,
                buttons, found, AdminPane.APPLICATIONS, 1);
    }

    /** One application on the pressed screen; pressed on the rejection's question (its Cancel), it leaves it. */
    void open(Turn turn, AdminApplication action) {
        ConsoleQuestion.leave(turn, conversations);
        Optional<Application> found = onboarding.find(action.applicationId());
        if (found.isEmpty()) {
            turn.alert(turn.t("application.already-decided"));
            return;
        }
        Application application = found.get();
        if (application.status() != Application.Status.PENDING) {
            turn.alert(turn.t("application.already-decided"));
            decided(turn, application);
            return;
        }
        turn.show(text(turn, application), Keyboards.column(
                Keyboards.button(turn.t("application.approve"), new DecideApplication(application.id(), true)),
                Keyboards.button(turn.t("application.reject"), new DecideApplication(application.id(), false)),
                Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.APPLICATIONS, 0))));
    }

    /**
     * A decided application as it stands now, on the pressed screen (the console's, or an admin's notice): the
     * outcome instead of Approve and Reject, and only the way to the pending ones.
     */
    void decided(Turn turn, Application application) {
        String outcome = application.status() == Application.Status.APPROVED
                ? turn.t("application.state.approved")
                : turn.t("application.state.rejected", application.reason() == null ? "—" : application.reason());
        turn.show(text(turn, application) + "\n\n" + outcome, pending(turn));
    }

    /** The way to the applications still waiting, the one button a decided application keeps. */
    static InlineKeyboardMarkup pending(Turn turn) {
        return Keyboards.column(Keyboards.button(turn.t("console.applications"),
                new AdminView(AdminPane.APPLICATIONS, 0)));
    }

    private String text(Turn turn, Application application) {
        Optional<Account> applicant = applicant(application);
        return turn.t("application.new", applicant.map(Account::displayName).orElse("#" + application.userId()),
                applicant.map(Account::username).map(u -> "@" + u).orElse("—"),
                String.join(", ", application.topics().stream().map(t -> turn.t("topic." + t)).toList()),
                application.headline(), application.bio());
    }

    private Optional<Account> applicant(Application application) {
        return accounts.find(application.userId());
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminApplicationButton(ConsoleApplications applications) {
            return AdminConsole.guarded(AdminApplication.VERB, applications::open);
        }
    }
}
