package io.mentorbot.telegram.followup;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewAnswered;
import io.mentorbot.reviews.ReviewCommented;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewPosted;
import io.mentorbot.telegram.followup.FollowUpAction.ReplyReview;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The other side of a review hears of it: the mentor of the stars and then of the comment, each with a button to
 * answer; the student of the mentor's answer. Queued in the outbox by the review's transaction just before it commits.
 */
@Component
class ReviewNotices {

    private final ReviewDesk reviews;
    private final AccountDesk accounts;
    private final Notifier notifier;

    ReviewNotices(ReviewDesk reviews, AccountDesk accounts, Notifier notifier) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ReviewPosted event) {
        reviews.find(event.reviewId()).ifPresent(review -> tellMentor(review, "review.new.mentor"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ReviewCommented event) {
        reviews.find(event.reviewId()).ifPresent(review -> tellMentor(review, "review.comment.mentor"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ReviewAnswered event) {
        reviews.find(event.reviewId()).ifPresent(review -> accounts.find(review.studentId()).ifPresent(student ->
                accounts.find(review.mentorId()).ifPresent(mentor -> notifier.notify(student,
                        notifier.text(student, "review.reply.student", mentor.displayName(), review.reply()),
                        null))));
    }

    private void tellMentor(Review review, String key) {
        accounts.find(review.mentorId()).ifPresent(mentor -> notifier.notify(mentor,
                notifier.text(mentor, key, review.studentName(), Stars.of(review.stars()),
                        review.comment() == null ? "" : review.comment()),
                Keyboards.column(Keyboards.button(notifier.text(mentor, "review.reply.button"),
                        new ReplyReview(review.id())))));
    }
}
