package io.mentorbot.telegram.mentor;

import java.util.List;
import java.util.Set;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.MentorSettings;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.calendar.CalendarAction.ConnectCalendar;
import io.mentorbot.telegram.mentor.ProfileAction.EditProfile;
import io.mentorbot.telegram.mentor.ProfileAction.PickLength;
import io.mentorbot.telegram.mentor.ProfileAction.ProfileField;
import io.mentorbot.telegram.mentor.ProfileAction.ToggleTopic;
import io.mentorbot.telegram.mentor.ProfileAction.TopicsDone;
import io.mentorbot.telegram.account.TimeZoneDialog;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * {@code /profile}: the mentor's card exactly as students see it, and an editor for each field. Each field is one
 * step of this dialog; a refused value keeps the step and says why.
 */
@Component
public class ProfileDialog implements CommandHandler, Dialog {

    enum Step { HEADLINE, BIO, PHOTO, TOPICS, PRICE, LENGTH }

    /** The draft's key for the topics as saved when the editor opened them: ticking them differently is unsaved. */
    private static final String SAVED_TOPICS = "saved-topics";

    static final List<Integer> LENGTHS = List.of(30, 45, 60, 90, 120);

    private final MentorProfiles profiles;
    private final MentorSettings settings;
    private final ConversationStore conversations;
    private final TopicKeyboard topics;
    private final ProfileProblems problems;
    private final TimeZoneDialog timeZones;
    private final ObjectProvider<CalendarConnections> calendar;

    ProfileDialog(MentorProfiles profiles, MentorSettings settings, ConversationStore conversations,
                  TopicKeyboard topics, ProfileProblems problems, TimeZoneDialog timeZones,
                  ObjectProvider<CalendarConnections> calendar) {
        this.calendar = calendar;
        this.profiles = profiles;
        this.settings = settings;
        this.conversations = conversations;
        this.topics = topics;
        this.problems = problems;
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
        MentorCardView.send(turn, profile(turn), null);
        turn.reply(turn.t("profile.menu"), menu(turn, profile(turn)));
    }

    void press(Turn turn, EditProfile action) {
        if (!turn.account().isMentor()) {
            turn.alert(turn.t("command.forbidden.mentor", "/profile"));
            return;
        }
        profiles.ensureExists(turn.account().id());
        MentorProfile profile = profile(turn);
        switch (action.field()) {
            case HEADLINE -> ask(turn, Step.HEADLINE, turn.t("profile.ask.headline", settings.headlineMaxLength()), null);
            case BIO -> ask(turn, Step.BIO, turn.t("profile.ask.bio", settings.bioMaxLength()), null);
            case PHOTO -> ask(turn, Step.PHOTO, turn.t("profile.ask.photo"), null);
            case PRICE -> ask(turn, Step.PRICE, turn.t("profile.ask.price", Prices.format(turn, profile)), null);
            case LENGTH -> ask(turn, Step.LENGTH, turn.t("profile.ask.length", profile.sessionMinutes()),
                    Keyboards.grid(LENGTHS.stream().map(m -> Keyboards.button(turn.t("unit.minutes", m),
                            new PickLength(m))).toList(), 5));
            case TOPICS -> {
                Conversation conversation = Conversation.start(turn.chatId(), name(), Step.TOPICS)
                        .with(TopicKeyboard.DRAFT_KEY, String.join(",", profile.topics()))
                        .with(SAVED_TOPICS, String.join(",", profile.topics()));
                conversations.save(conversation);
                turn.reply(turn.t("profile.ask.topics"), topics.keyboard(turn, conversation));
            }
            case TIMEZONE -> timeZones.handle(turn, "");
            case LISTED -> {
                profiles.changeListed(turn.account().id(), !profile.listed());
                turn.notice(turn.t(profile.listed() ? "profile.hidden" : "profile.listed"));
                turn.show(turn.t("profile.menu"), menu(turn, profile(turn)));
            }
            case PREVIEW -> MentorCardView.send(turn, profile, null);
        }
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
            return save(turn, () -> profiles.changeTopics(turn.account().id(), TopicKeyboard.selected(conversation)),
                    "topics");
        }
        if (step == Step.LENGTH && action instanceof PickLength length) {
            return save(turn, () -> profiles.changeSessionMinutes(turn.account().id(), length.minutes()), "length");
        }
        return false;
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        long me = turn.account().id();
        switch (conversation.step(Step.class)) {
            case HEADLINE -> problems.check(turn, input, settings.headlineMaxLength(), "headline")
                    .ifPresent(text -> save(turn, () -> profiles.changeHeadline(me, text), "headline"));
            case BIO -> problems.check(turn, input, settings.bioMaxLength(), "bio")
                    .ifPresent(text -> save(turn, () -> profiles.changeBio(me, text), "bio"));
            case PHOTO -> {
                if (input.photoFileId() == null) {
                    turn.reply(turn.t(input.document() ? "profile.photo.as-file" : "profile.photo.expected"));
                } else {
                    save(turn, () -> profiles.changePhoto(me, input.photoFileId()), "photo");
                }
            }
            case PRICE -> Prices.parse(input.text(), profile(turn).currency()).ifPresentOrElse(
                    price -> save(turn, () -> profiles.changePrice(me, price.minor(), price.currency()), "price"),
                    () -> turn.reply(turn.t("profile.price.invalid")));
            case LENGTH -> parseMinutes(input).ifPresentOrElse(
                    minutes -> save(turn, () -> profiles.changeSessionMinutes(me, minutes), "length"),
                    () -> turn.reply(turn.t("profile.problem.bad-length")));
            case TOPICS -> turn.reply(turn.t("topics.use-buttons"));
        }
    }

    private boolean save(Turn turn, Runnable change, String field) {
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
        MentorProfile saved = profile(turn);
        MentorCardView.send(turn, saved, null); // the menu below speaks of the card "shown above": show the new one
        turn.reply(turn.t("profile.saved") + "\n\n" + turn.t("profile.menu"), menu(turn, saved));
        return true;
    }

    private void ask(Turn turn, Step step, String prompt, InlineKeyboardMarkup extra) {
        conversations.save(Conversation.start(turn.chatId(), name(), step));
        InlineKeyboardMarkup cancel = Keyboards.column(Keyboards.button(turn.t("dialog.cancel"),
                new CancelDialog(name())));
        turn.reply(prompt, extra == null ? cancel : Keyboards.withRow(extra,
                Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name()))));
    }

    private MentorProfile profile(Turn turn) {
        return profiles.find(turn.account().id()).orElseThrow();
    }

    private static java.util.Optional<Integer> parseMinutes(Input input) {
        if (!input.hasText() || !input.text().strip().matches("\\d{1,4}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(input.text().strip()));
    }

    private InlineKeyboardMarkup menu(Turn turn, MentorProfile profile) {
        InlineKeyboardMarkup menu = Keyboards.grid(List.of(
                Keyboards.button(turn.t("profile.edit.headline"), new EditProfile(ProfileField.HEADLINE)),
                Keyboards.button(turn.t("profile.edit.bio"), new EditProfile(ProfileField.BIO)),
                Keyboards.button(turn.t("profile.edit.photo"), new EditProfile(ProfileField.PHOTO)),
                Keyboards.button(turn.t("profile.edit.topics"), new EditProfile(ProfileField.TOPICS)),
                Keyboards.button(turn.t("profile.edit.price"), new EditProfile(ProfileField.PRICE)),
                Keyboards.button(turn.t("profile.edit.length"), new EditProfile(ProfileField.LENGTH)),
                Keyboards.button(turn.t("profile.edit.timezone"), new EditProfile(ProfileField.TIMEZONE)),
                Keyboards.button(turn.t(profile.listed() ? "profile.edit.hide" : "profile.edit.list"),
                        new EditProfile(ProfileField.LISTED)),
                Keyboards.button(turn.t("profile.edit.preview"), new EditProfile(ProfileField.PREVIEW))), 2);
        return calendar.getIfAvailable() == null ? menu
                : Keyboards.withRow(menu, Keyboards.button(turn.t("profile.edit.calendar"), new ConnectCalendar()));
    }
}
