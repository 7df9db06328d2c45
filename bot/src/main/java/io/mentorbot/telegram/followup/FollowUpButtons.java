package io.mentorbot.telegram.followup;

import io.mentorbot.telegram.callback.CallbackAction.AckReminder;
import io.mentorbot.telegram.callback.CallbackAction.RateSession;
import io.mentorbot.telegram.callback.CallbackAction.ReplyReview;
import io.mentorbot.telegram.callback.CallbackAction.SessionHeld;
import io.mentorbot.telegram.callback.CallbackAction.ShowReviews;
import io.mentorbot.telegram.callback.CallbackAction.SkipReviewComment;
import io.mentorbot.telegram.dialog.ButtonHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons of reminders, follow-ups and reviews, each sent to the screen that answers it. */
@Configuration(proxyBeanMethods = false)
class FollowUpButtons {

    @Bean
    ButtonHandler<?> ackReminderButton(SessionReminders reminders) {
        return ButtonHandler.of(AckReminder.class, reminders::acknowledge);
    }

    @Bean
    ButtonHandler<?> sessionHeldButton(SessionFollowUp followUp) {
        return ButtonHandler.of(SessionHeld.class, followUp::answer);
    }

    @Bean
    ButtonHandler<?> rateSessionButton(ReviewDialog reviews) {
        return ButtonHandler.of(RateSession.class, reviews::rate);
    }

    @Bean
    ButtonHandler<?> skipReviewCommentButton(ReviewDialog reviews) {
        return ButtonHandler.of(SkipReviewComment.class, reviews::skip);
    }

    @Bean
    ButtonHandler<?> showReviewsButton(MentorReviews reviews) {
        return ButtonHandler.of(ShowReviews.class, reviews::page);
    }

    @Bean
    ButtonHandler<?> replyReviewButton(ReviewReplies replies) {
        return ButtonHandler.of(ReplyReview.class, replies::start);
    }
}
