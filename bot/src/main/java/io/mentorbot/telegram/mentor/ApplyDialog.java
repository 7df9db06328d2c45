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
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

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
        return conversation.step(Step.class) != Step.TOPICS || !conversation.draft().isEmpty();
    }

    /** Starts the application, unless the user is a mentor already or waits for a decision. */
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
        conversations.save(conversation);
        turn.reply(turn.t("apply.topics"), topics.keyboard(turn, conversation));
    }

    @Override
    public boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        if (conversation.step(Step.class) != Step.TOPICS) {
            return false;
        }
        if (action instanceof ToggleTopic toggle) {
            Conversation next = topics.toggle(conversation, toggle.topic());
            conversations.save(next);
            turn.show(turn.t("apply.topics"), topics.keyboard(turn, next));
            return true;
        }
        if (action instanceof TopicsDone) {
            if (TopicKeyboard.selected(conversation).isEmpty()) {
                turn.alert(turn.t("topics.none"));
                return true;
            }
            conversations.save(conversation.at(Step.HEADLINE));
            turn.show(turn.t("apply.topics.chosen", TopicKeyboard.labels(turn, TopicKeyboard.selected(conversation))),
                    null);
            turn.reply(turn.t("apply.headline", settings.headlineMaxLength()));
            return true;
        }
        return false;
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        switch (conversation.step(Step.class)) {
            case TOPICS -> turn.reply(turn.t("topics.use-buttons"));
            case HEADLINE -> problems.check(turn, input, settings.headlineMaxLength(), "headline").ifPresent(text -> {
                conversations.save(conversation.with("headline", text).at(Step.BIO));
                turn.reply(turn.t("apply.bio", settings.bioMaxLength()));
            });
            case BIO -> problems.check(turn, input, settings.bioMaxLength(), "bio")
                    .ifPresent(bio -> submit(turn, conversation, bio));
        }
    }

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
        // The admins hear of it, or the new mentor's menu follows, from the core's event (see the admin notices).
        turn.reply(turn.t(application.status() == Application.Status.APPROVED ? "apply.approved-at-once" : "apply.sent"));
    }
}
