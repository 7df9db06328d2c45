package io.mentorbot.telegram.followup;

import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewOutcome;
import io.mentorbot.telegram.followup.FollowUpAction.RateSession;
import io.mentorbot.telegram.followup.FollowUpAction.SkipReviewComment;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * A student reviews a completed session: stars (a button), then an optional comment ({@link Step#COMMENT}, or
 * "Skip"). The mentor hears of the review at once, and of the comment when it comes ({@link ReviewNotices}).
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

    void rate(Turn turn, RateSession action) {
        ReviewOutcome outcome = reviews.rate(action.bookingId(), turn.account().id(), action.stars());
        switch (outcome.result()) {
            case SAVED -> {
                conversations.save(Conversation.start(turn.chatId(), name(), Step.COMMENT)
                        .with("booking", Long.toString(action.bookingId())));
                turn.show(turn.t("review.comment.ask", Stars.of(action.stars())), Keyboards.column(
                        Keyboards.button(turn.t("review.comment.skip"), new SkipReviewComment(action.bookingId()))));
            }
            case ALREADY_REVIEWED -> turn.alert(turn.t("review.already"));
            case NOT_REVIEWABLE -> turn.refuse("review of another's session", "review.not-yours");
        }
    }

    void skip(Turn turn, SkipReviewComment action) {
        turn.conversation().filter(c -> name().equals(c.dialog()))
                .ifPresent(c -> conversations.clear(turn.chatId()));
        turn.show(turn.t("review.thanks"), null);
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.text().strip().length() > ReviewDesk.TEXT_MAX_LENGTH) {
            turn.reply(turn.t("review.comment.invalid", ReviewDesk.TEXT_MAX_LENGTH));
            return;
        }
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        conversations.clear(turn.chatId());
        reviews.comment(bookingId, turn.account().id(), input.text()).ifPresentOrElse(
                review -> turn.reply(turn.t("review.thanks")), () -> turn.reply(turn.t("review.already")));
    }
}
