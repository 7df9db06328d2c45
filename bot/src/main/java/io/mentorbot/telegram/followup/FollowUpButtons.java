package io.mentorbot.telegram.followup;

import io.mentorbot.telegram.followup.FollowUpAction.AckReminder;
import io.mentorbot.telegram.followup.FollowUpAction.RateSession;
import io.mentorbot.telegram.followup.FollowUpAction.ReplyReview;
import io.mentorbot.telegram.followup.FollowUpAction.SessionHeld;
import io.mentorbot.telegram.mentor.ProfileAction.ShowReviews;
import io.mentorbot.telegram.followup.FollowUpAction.SkipReviewComment;
import io.mentorbot.telegram.dialog.ButtonHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons of reminders, follow-ups and reviews, each sent to the screen that answers it. */
@Configuration(proxyBeanMethods = false)
class FollowUpButtons {

    @Bean
    ButtonHandler<?> ackReminderButton(SessionReminders reminders) {
        return ButtonHandler.of(AckReminder.VERB, reminders::acknowledge);
    }

    @Bean
    ButtonHandler<?> sessionHeldButton(SessionFollowUp followUp) {
        return ButtonHandler.of(SessionHeld.VERB, followUp::answer);
    }

    @Bean
    ButtonHandler<?> rateSessionButton(ReviewDialog reviews) {
        return ButtonHandler.of(RateSession.VERB, reviews::rate);
    }

    @Bean
    ButtonHandler<?> skipReviewCommentButton(ReviewDialog reviews) {
        return ButtonHandler.of(SkipReviewComment.VERB, reviews::skip);
    }

    @Bean
    ButtonHandler<?> showReviewsButton(MentorReviews reviews) {
        return ButtonHandler.of(ShowReviews.VERB, reviews::page);
    }

    @Bean
    ButtonHandler<?> replyReviewButton(ReviewReplies replies) {
        return ButtonHandler.of(ReplyReview.VERB, replies::start);
    }
}
