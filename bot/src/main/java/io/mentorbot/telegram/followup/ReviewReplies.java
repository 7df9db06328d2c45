package io.mentorbot.telegram.followup;

import java.util.Optional;

import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.followup.FollowUpAction.ReplyReview;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;

/** The mentor answers a review of them, once ({@link Step#REPLY}); the student is told ({@link ReviewNotices}). */
@Component
class ReviewReplies implements Dialog {

    enum Step { REPLY }

    private final ReviewDesk reviews;
    private final ConversationStore conversations;

    ReviewReplies(ReviewDesk reviews, ConversationStore conversations) {
        this.reviews = reviews;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "review-reply";
    }

    @Override
    public String activityKey() {
        return "leave.activity.review-reply";
    }

    /** A reply being written: the mentor chose to answer and has not sent the answer yet. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) == Step.REPLY;
    }

    /** The question again, on this turn's screen, remembered in place of the earlier one. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        Optional<Review> review = reviews.find(Long.parseLong(conversation.draft().get("review")));
        ask(turn, review.map(Review::studentName).orElse(""));
        QuestionScreen.moved(turn, conversation, conversations);
    }

    /** "Reply" on the notice (or on the reviews list): that message becomes the question. */
    void start(Turn turn, ReplyReview action) {
        Optional<Review> review = reviews.find(action.reviewId()).filter(r -> r.mentorId() == turn.account().id());
        if (review.isEmpty()) {
            turn.refuse("reply to another's review", "review.not-yours");
            return;
        }
        if (review.get().reply() != null) {
            turn.alert(turn.t("review.reply.already"));
            turn.closeScreen();
            return;
        }
        Conversation asking = Conversation.start(turn.chatId(), name(), Step.REPLY)
                .with("review", Long.toString(action.reviewId()));
        ask(turn, review.get().studentName());
        conversations.save(QuestionScreen.remember(turn, asking));
    }

    /** The reply: the review with its answer comes below it, and the question above goes. */
    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.text().strip().length() > ReviewDesk.TEXT_MAX_LENGTH) {
            turn.reply(turn.t("review.comment.invalid", ReviewDesk.TEXT_MAX_LENGTH));
            return;
        }
        long reviewId = Long.parseLong(conversation.draft().get("review"));
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        Optional<Review> replied = reviews.reply(reviewId, turn.account().id(), input.text());
        if (replied.isEmpty()) {
            turn.reply(turn.t("review.reply.already"));
            return;
        }
        Review review = replied.get();
        turn.reply(turn.t("review.reply.published", Stars.of(review.stars()), review.studentName(),
                review.comment() == null ? "" : "\n" + review.comment(), review.reply()));
    }

    private void ask(Turn turn, String studentName) {
        turn.show(turn.t("review.reply.ask", studentName),
                Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name()))));
    }
}
