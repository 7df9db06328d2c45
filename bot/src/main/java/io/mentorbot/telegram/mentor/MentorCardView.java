package io.mentorbot.telegram.mentor;

import java.math.RoundingMode;

import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.ProfileAction.ShowReviews;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.mentor.MentorTexts;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** A mentor's card, the same for the mentor's preview and for students. */
public final class MentorCardView {

    private MentorCardView() {
    }

    public static String text(Turn turn, MentorProfile profile) {
        StringBuilder card = new StringBuilder("👤 ").append(profile.name());
        if (profile.username() != null) {
            card.append(" (@").append(profile.username()).append(')');
        }
        card.append('\n').append(blankOr(turn, profile.headline(), "card.no-headline"));
        if (!profile.topics().isEmpty()) {
            card.append("\n🏷 ").append(TopicKeyboard.labels(turn, profile.topics()));
        }
        card.append("\n💰 ").append(MentorTexts.price(turn, profile.summary())).append(" / ")
                .append(turn.t("unit.minutes", profile.sessionMinutes()));
        card.append("\n").append(profile.ratingCount() > 0 && profile.ratingAvg() != null
                ? turn.t("card.rating", profile.ratingAvg().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                        profile.ratingCount())
                : turn.t("card.no-reviews"));
        card.append("\n\n").append(blankOr(turn, profile.bio(), "card.no-bio"));
        return card.toString();
    }

    /** Sends the card: as a photo with a caption when the mentor has a photo, as text otherwise. */
    public static void send(Turn turn, MentorProfile profile, InlineKeyboardMarkup keyboard) {
        keyboard = withReviewsButton(turn, profile, keyboard);
        if (profile.photoFileId() != null) {
            turn.replyPhoto(profile.photoFileId(), text(turn, profile), keyboard);
        } else {
            turn.reply(text(turn, profile), keyboard);
        }
    }

    /** Adds "⭐ Reviews (n)" (the mentor's reviews, paged) to a card's keyboard when the mentor has any. */
    public static InlineKeyboardMarkup withReviewsButton(Turn turn, MentorProfile profile, InlineKeyboardMarkup keyboard) {
        if (profile.ratingCount() == 0) {
            return keyboard;
        }
        InlineKeyboardButton reviews = Keyboards.button(turn.t("card.reviews.button", profile.ratingCount()),
                new ShowReviews(profile.mentorId(), 0));
        return keyboard == null ? Keyboards.column(reviews) : Keyboards.withRow(keyboard, reviews);
    }

    private static String blankOr(Turn turn, String value, String placeholderKey) {
        return value == null || value.isBlank() ? turn.t(placeholderKey) : value;
    }
}
