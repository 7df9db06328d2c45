package io.mentorbot.telegram.followup;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.telegram.booking.BookingAction.OpenMentor;
import io.mentorbot.telegram.followup.FollowUpAction.ReplyReview;
import io.mentorbot.telegram.mentor.ProfileAction.ShowReviews;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** A mentor's reviews, newest first, a page at a time, with the mentor's replies; the mentor sees "Reply" buttons. */
@Component
class MentorReviews {

    static final int PAGE = 5;

    private final ReviewDesk reviews;
    private final MentorProfiles profiles;

    MentorReviews(ReviewDesk reviews, MentorProfiles profiles) {
        this.reviews = reviews;
        this.profiles = profiles;
    }

    void page(Turn turn, ShowReviews action) {
        Optional<MentorProfile> profile = profiles.find(action.mentorId());
        if (profile.isEmpty()) {
            turn.alert(turn.t("button.unknown"));
            return;
        }
        int total = reviews.count(action.mentorId());
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int page = Math.max(0, Math.min(action.page(), pages - 1));
        MentorProfile mentor = profile.get();
        StringBuilder text = new StringBuilder(total == 0 || mentor.ratingAvg() == null
                ? turn.t("reviews.title.none", mentor.name())
                : turn.t("reviews.title", mentor.name(), mentor.ratingAvg().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                mentor.ratingCount(), page + 1, pages));
        boolean own = turn.account().id() == action.mentorId();
        ZoneId zone = turn.account().zone();
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (Review review : reviews.latest(action.mentorId(), page, PAGE)) {
            text.append("\n\n").append(Stars.of(review.stars())).append(" — ").append(review.studentName())
                    .append(", ").append(Times.day(review.createdAt().atZone(zone).toLocalDate(), turn.language()));
            if (review.comment() != null) {
                text.append("\n").append(review.comment());
            }
            if (review.reply() != null) {
                text.append("\n↪ ").append(turn.t("reviews.reply", review.reply()));
            } else if (own) {
                buttons.add(Keyboards.button(turn.t("reviews.reply.button", review.studentName()),
                        new ReplyReview(review.id())));
            }
        }
        List<InlineKeyboardButton> nav = new ArrayList<>();
        if (page > 0) {
            nav.add(Keyboards.button("◀", new ShowReviews(action.mentorId(), page - 1)));
        }
        if (page < pages - 1) {
            nav.add(Keyboards.button("▶", new ShowReviews(action.mentorId(), page + 1)));
        }
        InlineKeyboardMarkup keyboard = Keyboards.grid(buttons, 1);
        if (!nav.isEmpty()) {
            keyboard = Keyboards.withRow(keyboard, nav.toArray(InlineKeyboardButton[]::new));
        }
        keyboard = Keyboards.withRow(keyboard,
                Keyboards.button(turn.t("mentor.back-to-card"), new OpenMentor(action.mentorId())));
        turn.showText(text.toString(), keyboard); // in place of the card or the previous page
    }
}
