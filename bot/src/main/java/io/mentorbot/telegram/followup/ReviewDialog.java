package io.mentorbot.telegram.followup;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewOutcome;
import io.mentorbot.telegram.followup.FollowUpAction.RateSession;
import io.mentorbot.telegram.followup.FollowUpAction.ReplyReview;
import io.mentorbot.telegram.followup.FollowUpAction.SkipReviewComment;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/**
 * A student reviews a completed session: stars (a button), then an optional comment ({@link Step#COMMENT}, or
 * "Skip"). The mentor hears of the review at once, and of the comment when it comes, with a button to answer.
 */
@Component
class ReviewDialog implements Dialog {

    enum Step { COMMENT }

    private final ReviewDesk reviews;
    private final ConversationStore conversations;
    private final AccountDesk accounts;
    private final Notifier notifier;

    ReviewDialog(ReviewDesk reviews, ConversationStore conversations, AccountDesk accounts, Notifier notifier) {
        this.reviews = reviews;
        this.conversations = conversations;
        this.accounts = accounts;
        this.notifier = notifier;
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
                tellMentor(outcome.review(), "review.new.mentor");
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
        reviews.comment(bookingId, turn.account().id(), input.text()).ifPresentOrElse(review -> {
            turn.reply(turn.t("review.thanks"));
            tellMentor(review, "review.comment.mentor");
        }, () -> turn.reply(turn.t("review.already")));
    }

    private void tellMentor(Review review, String key) {
        accounts.find(review.mentorId()).ifPresent(mentor -> notifier.notify(mentor,
                notifier.text(mentor, key, review.studentName(), Stars.of(review.stars()),
                        review.comment() == null ? "" : review.comment()),
                Keyboards.column(Keyboards.button(notifier.text(mentor, "review.reply.button"),
                        new ReplyReview(review.id())))));
    }
}
