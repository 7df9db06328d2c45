package io.mentorbot.telegram.booking;

import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.booking.BookingAction.MentorCancelRelease;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/**
 * A mentor cancels a booked session at any time before it starts: a reason ({@link Step#REASON}), then whether the
 * slot becomes free again or blocked ({@link Step#RELEASE}); the student is told with the reason by
 * {@link BookingCancelledNotices}.
 */
@Component
public class MentorCancellation implements Dialog {

    enum Step { REASON, RELEASE }

    private final BookingDesk desk;
    private final ConversationStore conversations;

    MentorCancellation(BookingDesk desk, ConversationStore conversations) {
        this.desk = desk;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "mentor-cancel";
    }

    @Override
    public String activityKey() {
        return "leave.activity.mentor-cancel";
    }

    /** The reason is typed: only the choice of what becomes of the slot is left. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.draft().containsKey("reason");
    }

    void press(Turn turn, MentorCancel action) {
        Optional<BookingView> booking = desk.find(action.bookingId())
                .filter(b -> b.mentorId() == turn.account().id()).filter(MyConsultations::active);
        if (booking.isEmpty()) {
            turn.refuse("mentor cancellation of another's booking", "my.not-yours");
            return;
        }
        conversations.save(Conversation.start(turn.chatId(), name(), Step.REASON)
                .with("booking", Long.toString(action.bookingId())));
        turn.reply(turn.t("mentor-cancel.ask", booking.get().studentName(),
                Times.dayTime(booking.get().startsAt(), turn.account().zone(), turn.language())),
                Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name()))));
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (conversation.step(Step.class) != Step.REASON) {
            turn.reply(turn.t("newslot.use-buttons"));
            return;
        }
        if (!input.hasText() || input.text().strip().length() > BookingDesk.REASON_MAX_LENGTH) {
            turn.reply(turn.t("my.cancel.reason-invalid", BookingDesk.REASON_MAX_LENGTH));
            return;
        }
        conversations.save(conversation.with("reason", input.text().strip()).at(Step.RELEASE));
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        turn.reply(turn.t("mentor-cancel.release"), Keyboards.column(
                Keyboards.button(turn.t("mentor-cancel.free"), new MentorCancelRelease(bookingId, false)),
                Keyboards.button(turn.t("mentor-cancel.block"), new MentorCancelRelease(bookingId, true))));
    }

    @Override
    public boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        if (!(action instanceof MentorCancelRelease release) || conversation.step(Step.class) != Step.RELEASE
                || !Long.toString(release.bookingId()).equals(conversation.draft().get("booking"))) {
            return false;
        }
        String reason = conversation.draft().get("reason");
        conversations.clear(turn.chatId());
        ChangeOutcome outcome = desk.cancelByMentor(release.bookingId(), turn.account().id(), reason,
                release.block());
        if (!outcome.done()) {
            turn.alert(turn.t(outcome.result() == ChangeOutcome.Result.TOO_LATE ? "mentor-cancel.too-late"
                    : "my.not-active"));
            return true;
        }
        BookingView booking = outcome.booking();
        String done = turn.t("mentor-cancel.done", booking.studentName());
        turn.notice(done);
        turn.show(done, null);
        return true;
    }
}
