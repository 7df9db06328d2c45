package io.mentorbot.telegram.followup;

import io.mentorbot.reviews.Attendance;
import io.mentorbot.reviews.SessionOutcomes;
import io.mentorbot.telegram.followup.FollowUpAction.SessionHeld;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/**
 * The mentor's answer to "Did the session take place?": COMPLETED (and the student is asked for a review, by
 * {@link SessionOutcomeNotices}) or NO_SHOW. The booking changes once, whoever presses twice. The question's message
 * becomes the answer and loses its buttons; a button of a session decided already only loses them.
 */
@Component
class SessionFollowUp {

    private final SessionOutcomes outcomes;

    SessionFollowUp(SessionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    void answer(Turn turn, SessionHeld action) {
        Attendance result = outcomes.decide(action.bookingId(), turn.account().id(), action.held());
        switch (result) {
            case COMPLETED -> turn.show(turn.t("followup.completed"), null);
            case NO_SHOW -> turn.show(turn.t("followup.no-show"), null);
            case ALREADY_DECIDED -> {
                turn.alert(turn.t("followup.already"));
                turn.closeScreen();
            }
            case NOT_ENDED -> turn.alert(turn.t("followup.not-ended"));
            case NOT_YOURS -> turn.refuse("attendance of another's session", "my.not-yours");
        }
    }
}
