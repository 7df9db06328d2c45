package io.mentorbot.telegram.mentor;

import java.util.List;

import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.MentorSettings;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.mentor.ProfileAction.ToggleTopic;
import io.mentorbot.telegram.mentor.ProfileAction.TopicsDone;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** "Become a mentor": topics, a headline and a bio, then the application goes to the admins. */
@Component
public class ApplyDialog implements Dialog {

    enum Step { TOPICS, HEADLINE, BIO }

    private final ConversationStore conversations;
    private final TopicKeyboard topics;
    private final MentorOnboarding onboarding;
    private final MentorSettings settings;
    private final ProfileProblems problems;

    ApplyDialog(ConversationStore conversations, TopicKeyboard topics, MentorOnboarding onboarding,
                MentorSettings settings, ProfileProblems problems) {
        this.conversations = conversations;
        this.topics = topics;
        this.onboarding = onboarding;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String activityKey() {
        return "leave.activity.apply";
    }

    /** Topics ticked, or a step past them: the user has entered part of the application. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) != Step.TOPICS
                || !QuestionScreen.without(conversation).draft().isEmpty();
    }

    /**
     * Starts the application on a new screen below the main menu (the menu stays), unless the user is a mentor
     * already or waits for a decision.
     */
    public void start(Turn turn) {
        if (turn.account().isMentor()) {
            turn.reply(turn.t("apply.already-mentor"));
            return;
        }
        if (onboarding.pendingOf(turn.account().id()).isPresent()) {
            turn.reply(turn.t("apply.pending"));
            return;
        }
        Conversation conversation = Conversation.start(turn.chatId(), name(), Step.TOPICS);
        turn.reply(turn.t("apply.topics"), topics.keyboard(turn, conversation));
        conversations.save(QuestionScreen.remember(turn, conversation));
    }

    /**
     * The current step's question again (topics, headline or bio), with its Cancel, on the pressed message, which
     * becomes the screen the typed answer replaces.
     */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        show(turn, conversation);
        QuestionScreen.moved(turn, conversation, conversations);
    }

    private void show(Turn turn, Conversation conversation) {
        switch (conversation.step(Step.class)) {
            case TOPICS -> turn.show(turn.t("apply.topics"), topics.keyboard(turn, conversation));
            case HEADLINE -> turn.show(turn.t("apply.topics.chosen", TopicKeyboard.labels(turn,
                    TopicKeyboard.selected(conversation))) + "\n\n" + turn.t("apply.headline",
                    settings.headlineMaxLength()), cancel(turn));
            case BIO -> turn.show(turn.t("apply.bio", settings.bioMaxLength()), cancel(turn));
        }
    }

    private InlineKeyboardMarkup cancel(Turn turn) {
        return Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name())));
    }

    @Override
    public boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        if (conversation.step(Step.class) != Step.TOPICS) {
            return false;
        }
        if (action instanceof ToggleTopic toggle) {
            Conversation next = topics.toggle(conversation, toggle.topic());
            turn.show(turn.t("apply.topics"), topics.keyboard(turn, next));
            conversations.save(QuestionScreen.remember(turn, next));
            return true;
        }
        if (action instanceof TopicsDone) {
            if (TopicKeyboard.selected(conversation).isEmpty()) {
                turn.alert(turn.t("topics.none"));
                return true;
            }
            Conversation next = conversation.at(Step.HEADLINE);
            show(turn, next);
            conversations.save(QuestionScreen.remember(turn, next));
            return true;
        }
        return false;
    }

    /**
     * A typed headline brings the bio's question, with its Cancel, below it, and the headline's question goes; the
     * bio's question goes in turn when the bio comes.
     */
    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        switch (conversation.step(Step.class)) {
            case TOPICS -> turn.reply(turn.t("topics.use-buttons"));
            case HEADLINE -> problems.check(turn, input, settings.headlineMaxLength(), "headline").ifPresent(text -> {
                turn.reply(turn.t("apply.bio", settings.bioMaxLength()), cancel(turn));
                conversations.save(QuestionScreen.remember(turn, conversation.with("headline", text).at(Step.BIO)));
            });
            case BIO -> problems.check(turn, input, settings.bioMaxLength(), "bio")
                    .ifPresent(bio -> submit(turn, conversation, bio));
        }
    }

    /** The application goes, and the bio's question with it. */
    private void submit(Turn turn, Conversation conversation, String bio) {
        List<String> chosen = TopicKeyboard.selected(conversation);
        Application application;
        try {
            application = onboarding.apply(turn.account().id(), chosen, conversation.draft().get("headline"), bio);
        } catch (ProfileProblem problem) {
            conversations.clear(turn.chatId());
            turn.reply(problems.describe(turn, problem, "bio"));
            return;
        }
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        // The admins hear of it, or the new mentor's menu follows, from the core's event (see the admin notices).
        turn.reply(turn.t(application.status() == Application.Status.APPROVED ? "apply.approved-at-once" : "apply.sent"));
    }
}
