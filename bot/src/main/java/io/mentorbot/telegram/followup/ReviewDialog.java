package io.mentorbot.telegram.followup;

import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewOutcome;
import io.mentorbot.telegram.followup.FollowUpAction.RateSession;
import io.mentorbot.telegram.followup.FollowUpAction.SkipReviewComment;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * A student reviews a completed session: stars (a button), then an optional comment ({@link Step#COMMENT}, or
 * "Skip"). The mentor hears of the review at once, and of the comment when it comes ({@link ReviewNotices}). The
 * request for stars is the one screen of the review: it becomes the question, then shows the review given.
 */
@Component
class ReviewDialog implements Dialog {

    enum Step { COMMENT }

    private final ReviewDesk reviews;
    private final ConversationStore conversations;

    ReviewDialog(ReviewDesk reviews, ConversationStore conversations) {
        this.reviews = reviews;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String activityKey() {
        return "leave.activity.review";
    }

    /** Stars given and the comment not yet sent: leaving gives up the comment, which cannot be added later. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) == Step.COMMENT;
    }

    /** "Would you like to add a few words?" again, on this turn's screen, remembered in place of the earlier one. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        askComment(turn, Long.parseLong(conversation.draft().get("booking")),
                Integer.parseInt(conversation.draft().getOrDefault("stars", "5")));
        QuestionScreen.moved(turn, conversation, conversations);
    }

    /**
     * Stars pressed on the request: the request becomes the question for a comment. A star of a session reviewed
     * already is out of date: its message shows the review that was given, without buttons.
     */
    void rate(Turn turn, RateSession action) {
        ReviewOutcome outcome = reviews.rate(action.bookingId(), turn.account().id(), action.stars());
        switch (outcome.result()) {
            case SAVED -> {
                Conversation asking = Conversation.start(turn.chatId(), name(), Step.COMMENT)
                        .with("booking", Long.toString(action.bookingId()))
                        .with("stars", Integer.toString(action.stars()));
                askComment(turn, action.bookingId(), action.stars());
                conversations.save(QuestionScreen.remember(turn, asking));
            }
            case ALREADY_REVIEWED -> {
                turn.alert(turn.t("screen.out-of-date"));
                reviews.forBooking(action.bookingId()).filter(r -> r.studentId() == turn.account().id())
                        .ifPresentOrElse(review -> turn.show(given(turn, "review.given", review), null),
                                turn::closeScreen);
            }
            case NOT_REVIEWABLE -> turn.refuse("review of another's session", "review.not-yours");
        }
    }

    /** "Skip": the question keeps the stars given and loses its button. */
    void skip(Turn turn, SkipReviewComment action) {
        turn.conversation().filter(c -> name().equals(c.dialog()))
                .ifPresent(c -> conversations.clear(turn.chatId()));
        turn.show(reviews.forBooking(action.bookingId()).filter(r -> r.studentId() == turn.account().id())
                .map(review -> given(turn, "review.thanks", review)).orElse(turn.t("review.thanks")), null);
    }

    /** The comment: the thanks, with the review as given, comes below it, and the question above goes. */
    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.text().strip().length() > ReviewDesk.TEXT_MAX_LENGTH) {
            turn.reply(turn.t("review.comment.invalid", ReviewDesk.TEXT_MAX_LENGTH));
            return;
        }
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        reviews.comment(bookingId, turn.account().id(), input.text()).ifPresentOrElse(
                review -> turn.reply(given(turn, "review.thanks", review)),
                () -> turn.reply(turn.t("review.already")));
    }

    private void askComment(Turn turn, long bookingId, int stars) {
        turn.show(turn.t("review.comment.ask", Stars.of(stars)), Keyboards.column(
                Keyboards.button(turn.t("review.comment.skip"), new SkipReviewComment(bookingId))));
    }

    /** "Thank you for your review! ★★★★☆" or "You have reviewed ...: ★★★★☆", with the comment when there is one. */
    private static String given(Turn turn, String key, Review review) {
        return review.comment() == null ? turn.t(key + ".stars", Stars.of(review.stars()))
                : turn.t(key + ".comment", Stars.of(review.stars()), review.comment());
    }
}
