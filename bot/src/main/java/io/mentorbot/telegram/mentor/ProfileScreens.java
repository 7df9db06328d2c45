package io.mentorbot.telegram.mentor;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorSettings;
import io.mentorbot.telegram.calendar.CalendarAction.ConnectCalendar;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.ProfileAction.EditProfile;
import io.mentorbot.telegram.mentor.ProfileAction.PickLength;
import io.mentorbot.telegram.mentor.ProfileAction.ProfileField;
import io.mentorbot.telegram.mentor.ProfileDialog.Step;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The profile editor's screens: the menu of fields, each field's question (the editor's buttons stay under it, so
 * another field can be chosen instead), and the card as students see it.
 */
@Component
class ProfileScreens {

    static final List<Integer> LENGTHS = List.of(30, 45, 60, 90, 120);

    private final MentorSettings settings;
    private final TopicKeyboard topics;
    private final ObjectProvider<CalendarConnections> calendar;

    ProfileScreens(MentorSettings settings, TopicKeyboard topics, ObjectProvider<CalendarConnections> calendar) {
        this.settings = settings;
        this.topics = topics;
        this.calendar = calendar;
    }

    /** The question of the conversation's step, as this turn's screen. */
    void question(Turn turn, Conversation conversation, MentorProfile profile) {
        Step step = conversation.step(Step.class);
        if (step == Step.TOPICS) {
            turn.show(turn.t("profile.ask.topics"), topics.keyboard(turn, conversation));
            return;
        }
        String prompt = switch (step) {
            case HEADLINE -> turn.t("profile.ask.headline", settings.headlineMaxLength());
            case BIO -> turn.t("profile.ask.bio", settings.bioMaxLength());
            case PHOTO -> turn.t("profile.ask.photo");
            case PRICE -> turn.t("profile.ask.price", Prices.format(turn, profile));
            case LENGTH -> turn.t("profile.ask.length", profile.sessionMinutes());
            case TOPICS -> throw new IllegalStateException();
        };
        InlineKeyboardMarkup keyboard = menu(turn, profile);
        if (step == Step.LENGTH) {
            keyboard = above(Keyboards.grid(LENGTHS.stream().map(m -> Keyboards.button(
                    turn.t("unit.minutes", m), new PickLength(m))).toList(), 5), keyboard);
        }
        turn.show(prompt, Keyboards.withRow(keyboard, Keyboards.button(turn.t("dialog.cancel"),
                new CancelDialog(conversation.dialog()))));
    }

    /**
     * The editor as a new message: the card as students see it (a photo message when the mentor has a photo), under
     * the line that says what to do ({@code saved}: with "Saved ✅" before it), with the fields' buttons.
     */
    void sendEditor(Turn turn, MentorProfile profile, boolean saved) {
        String text = editorText(turn, profile, saved);
        if (profile.photoFileId() != null) {
            turn.replyPhoto(profile.photoFileId(), text, editorKeyboard(turn, profile));
        } else {
            turn.reply(text, editorKeyboard(turn, profile));
        }
    }

    /** The editor in place of the pressed screen. */
    void showEditor(Turn turn, MentorProfile profile) {
        String text = editorText(turn, profile, false);
        if (profile.photoFileId() != null) {
            turn.showPhoto(profile.photoFileId(), text, editorKeyboard(turn, profile));
        } else {
            turn.showText(text, editorKeyboard(turn, profile));
        }
    }

    private static String editorText(Turn turn, MentorProfile profile, boolean saved) {
        return (saved ? turn.t("profile.saved") + "\n" : "") + turn.t("profile.menu") + "\n\n"
                + MentorCardView.text(turn, profile);
    }

    private InlineKeyboardMarkup editorKeyboard(Turn turn, MentorProfile profile) {
        return MentorCardView.withReviewsButton(turn, profile, menu(turn, profile));
    }

    /** The card exactly as students see it, in place of the pressed screen, with the way back to the editor. */
    void preview(Turn turn, MentorProfile profile) {
        InlineKeyboardMarkup back = MentorCardView.withReviewsButton(turn, profile, Keyboards.column(
                Keyboards.button(turn.t("profile.back-to-editor"), new EditProfile(ProfileField.MENU))));
        if (profile.photoFileId() != null) {
            turn.showPhoto(profile.photoFileId(), MentorCardView.text(turn, profile), back);
        } else {
            turn.showText(MentorCardView.text(turn, profile), back);
        }
    }

    private static InlineKeyboardMarkup above(InlineKeyboardMarkup top, InlineKeyboardMarkup rest) {
        List<InlineKeyboardRow> rows = new ArrayList<>(top.getKeyboard());
        rows.addAll(rest.getKeyboard());
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    InlineKeyboardMarkup menu(Turn turn, MentorProfile profile) {
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
