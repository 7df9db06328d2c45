package io.mentorbot.telegram.followup;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.reviews.Attendance;
import io.mentorbot.reviews.SessionOutcomes;
import io.mentorbot.telegram.followup.FollowUpAction.SessionHeld;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/**
 * The mentor's answer to "Did the session take place?": COMPLETED (and the student is asked for a review) or
 * NO_SHOW. The booking changes once, whoever presses twice.
 */
@Component
class SessionFollowUp {

    private final SessionOutcomes outcomes;
    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final Notifier notifier;

    SessionFollowUp(SessionOutcomes outcomes, BookingDesk bookings, AccountDesk accounts, Notifier notifier) {
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.accounts = accounts;
        this.notifier = notifier;
    }

    void answer(Turn turn, SessionHeld action) {
        Attendance result = outcomes.decide(action.bookingId(), turn.account().id(), action.held());
        switch (result) {
            case COMPLETED -> {
                turn.show(turn.t("followup.completed"), null);
                bookings.find(action.bookingId()).ifPresent(this::askForReview);
            }
            case NO_SHOW -> turn.show(turn.t("followup.no-show"), null);
            case ALREADY_DECIDED -> turn.alert(turn.t("followup.already"));
            case NOT_ENDED -> turn.alert(turn.t("followup.not-ended"));
            case NOT_YOURS -> turn.refuse("attendance of another's session", "my.not-yours");
        }
    }

    private void askForReview(BookingView booking) {
        accounts.find(booking.studentId()).ifPresent(student -> notifier.notify(student,
                notifier.text(student, "review.ask", booking.mentorName(),
                        Times.dayTime(booking.startsAt(), student.zone(), student.language())),
                Stars.keyboard(booking.id())));
    }
}
