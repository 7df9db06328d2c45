package io.mentorbot.telegram.mentor;

import java.util.Optional;
import java.util.Set;

import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.MentorSettings;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.telegram.account.TimeZoneDialog;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.ProfileAction.EditProfile;
import io.mentorbot.telegram.mentor.ProfileAction.PickLength;
import io.mentorbot.telegram.mentor.ProfileAction.ToggleTopic;
import io.mentorbot.telegram.mentor.ProfileAction.TopicsDone;
import org.springframework.stereotype.Component;

/**
 * {@code /profile}: the editor, one screen that holds the mentor's card exactly as students see it and the buttons of
 * its fields: a field's question replaces it; the saved value brings the editor with the updated card below the
 * answer, and the question goes, so the chat keeps one card. Each field is one step of this dialog; a refused value
 * keeps the step and says why.
 */
@Component
public class ProfileDialog implements CommandHandler, Dialog {

    enum Step { HEADLINE, BIO, PHOTO, TOPICS, PRICE, LENGTH }

    /** The draft's key for the topics as saved when the editor opened them: ticking them differently is unsaved. */
    private static final String SAVED_TOPICS = "saved-topics";

    private final MentorProfiles profiles;
    private final MentorSettings settings;
    private final ConversationStore conversations;
    private final TopicKeyboard topics;
    private final ProfileProblems problems;
    private final ProfileScreens screens;
    private final TimeZoneDialog timeZones;

    ProfileDialog(MentorProfiles profiles, MentorSettings settings, ConversationStore conversations,
                  TopicKeyboard topics, ProfileProblems problems, ProfileScreens screens, TimeZoneDialog timeZones) {
        this.profiles = profiles;
        this.settings = settings;
        this.conversations = conversations;
        this.topics = topics;
        this.problems = problems;
        this.screens = screens;
        this.timeZones = timeZones;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String activityKey() {
        return "leave.activity.profile";
    }

    /** Every field but the topics is saved as soon as it is typed; ticked topics wait for "Done". */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) == Step.TOPICS
                && !Set.copyOf(TopicKeyboard.selected(conversation)).equals(Set.copyOf(TopicKeyboard.selected(
                        conversation.with(TopicKeyboard.DRAFT_KEY, conversation.draft().getOrDefault(SAVED_TOPICS, "")))));
    }

    @Override
    public Audience audience() {
        return Audience.MENTOR;
    }

    @Override
    public void handle(Turn turn, String args) {
        profiles.ensureExists(turn.account().id());
        screens.sendEditor(turn, profile(turn), false);
    }

    @Override
    public void resume(Turn turn, Conversation conversation) {
        screens.question(turn, conversation, profile(turn));
        QuestionScreen.moved(turn, conversation, conversations);
    }

    void press(Turn turn, EditProfile action) {
        if (!turn.account().isMentor()) {
            turn.alert(turn.t("command.forbidden.mentor", "/profile"));
            return;
        }
        profiles.ensureExists(turn.account().id());
        MentorProfile profile = profile(turn);
        switch (action.field()) {
            case HEADLINE -> ask(turn, Step.HEADLINE, profile);
            case BIO -> ask(turn, Step.BIO, profile);
            case PHOTO -> ask(turn, Step.PHOTO, profile);
            case PRICE -> ask(turn, Step.PRICE, profile);
            case LENGTH -> ask(turn, Step.LENGTH, profile);
            case TOPICS -> ask(turn, Step.TOPICS, profile);
            case TIMEZONE -> timeZones.handle(turn, "");
            case LISTED -> {
                profiles.changeListed(turn.account().id(), !profile.listed());
                turn.notice(turn.t(profile.listed() ? "profile.hidden" : "profile.listed"));
                showMenu(turn);
            }
            case PREVIEW -> screens.preview(turn, profile);
            case MENU -> showMenu(turn);
        }
    }

    /** The editor in place of the pressed screen; a question asked on it is no longer open. */
    private void showMenu(Turn turn) {
        openQuestion(turn).ifPresent(asked -> {
            QuestionScreen.answered(turn, asked);
            conversations.clear(turn.chatId());
        });
        screens.showEditor(turn, profile(turn));
    }

    @Override
    public boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        Step step = conversation.step(Step.class);
        if (step == Step.TOPICS && action instanceof ToggleTopic toggle) {
            Conversation next = topics.toggle(conversation, toggle.topic());
            conversations.save(next);
            turn.show(turn.t("profile.ask.topics"), topics.keyboard(turn, next));
            return true;
        }
        if (step == Step.TOPICS && action instanceof TopicsDone) {
            return save(turn, conversation,
                    () -> profiles.changeTopics(turn.account().id(), TopicKeyboard.selected(conversation)), "topics");
        }
        if (step == Step.LENGTH && action instanceof PickLength length) {
            return save(turn, conversation,
                    () -> profiles.changeSessionMinutes(turn.account().id(), length.minutes()), "length");
        }
        return false;
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        long me = turn.account().id();
        switch (conversation.step(Step.class)) {
            case HEADLINE -> problems.check(turn, input, settings.headlineMaxLength(), "headline")
                    .ifPresent(text -> save(turn, conversation, () -> profiles.changeHeadline(me, text), "headline"));
            case BIO -> problems.check(turn, input, settings.bioMaxLength(), "bio")
                    .ifPresent(text -> save(turn, conversation, () -> profiles.changeBio(me, text), "bio"));
            case PHOTO -> {
                if (input.photoFileId() == null) {
                    turn.reply(turn.t(input.document() ? "profile.photo.as-file" : "profile.photo.expected"));
                } else {
                    save(turn, conversation, () -> profiles.changePhoto(me, input.photoFileId()), "photo");
                }
            }
            case PRICE -> Prices.parse(input.text(), profile(turn).currency()).ifPresentOrElse(
                    price -> save(turn, conversation,
                            () -> profiles.changePrice(me, price.minor(), price.currency()), "price"),
                    () -> turn.reply(turn.t("profile.price.invalid")));
            case LENGTH -> parseMinutes(input).ifPresentOrElse(
                    minutes -> save(turn, conversation, () -> profiles.changeSessionMinutes(me, minutes), "length"),
                    () -> turn.reply(turn.t("profile.problem.bad-length")));
            case TOPICS -> turn.reply(turn.t("topics.use-buttons"));
        }
    }

    /**
     * Saves a value: the editor, with the updated card and "Saved ✅" on top, comes below, and the question goes (the
     * pressed one, when the value was a button).
     */
    private boolean save(Turn turn, Conversation asked, Runnable change, String field) {
        try {
            change.run();
        } catch (ProfileProblem problem) {
            if (problem.kind() == ProfileProblem.Kind.NO_TOPIC) {
                turn.alert(turn.t("topics.none"));
            } else {
                turn.reply(problems.describe(turn, problem, field));
            }
            return true;
        }
        conversations.clear(turn.chatId());
        turn.notice(turn.t("profile.saved"));
        screens.sendEditor(turn, profile(turn), true);
        QuestionScreen.of(asked).or(turn::screenId).ifPresent(turn::removeScreen);
        return true;
    }

    /** The field's question in place of the pressed screen (the editor); an older question goes. */
    private void ask(Turn turn, Step step, MentorProfile profile) {
        openQuestion(turn).ifPresent(open -> QuestionScreen.answered(turn, open));
        Conversation conversation = Conversation.start(turn.chatId(), name(), step);
        if (step == Step.TOPICS) {
            conversation = conversation.with(TopicKeyboard.DRAFT_KEY, String.join(",", profile.topics()))
                    .with(SAVED_TOPICS, String.join(",", profile.topics()));
        }
        screens.question(turn, conversation, profile);
        conversations.save(QuestionScreen.remember(turn, conversation));
    }

    /** The profile question the chat is in, if it is in one. */
    private Optional<Conversation> openQuestion(Turn turn) {
        return turn.conversation().filter(c -> c.dialog().equals(name()));
    }

    private MentorProfile profile(Turn turn) {
        return profiles.find(turn.account().id()).orElseThrow();
    }

    private static Optional<Integer> parseMinutes(Input input) {
        if (!input.hasText() || !input.text().strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(input.text().strip()));
    }
}
