package io.mentorbot.telegram.booking;

import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.booking.BookingAction.BackToMyConsultations;
import io.mentorbot.telegram.booking.BookingAction.MentorCancelRelease;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A mentor cancels a booked session at any time before it starts: a reason ({@link Step#REASON}), then whether the
 * slot becomes free again or blocked ({@link Step#RELEASE}); the student is told with the reason by
 * {@link BookingCancelledNotices}. The screen whose button was pressed becomes the question; the choice comes below
 * the typed reason and the question is removed, and the choice becomes the result.
 */
@Component
public class MentorCancellation implements Dialog {

    enum Step { REASON, RELEASE }

    static final String NAME = "mentor-cancel";

    private final BookingDesk desk;
    private final ConversationStore conversations;

    MentorCancellation(BookingDesk desk, ConversationStore conversations) {
        this.desk = desk;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return NAME;
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

    /**
     * Asks for the reason on the pressed screen (the notice of the booking, {@code /my}, the slot's screen). A button
     * of a session that is no longer active (cancelled, over) is out of date: that screen loses its buttons.
     */
    void press(Turn turn, MentorCancel action) {
        Optional<BookingView> booking = desk.find(action.bookingId())
                .filter(b -> b.mentorId() == turn.account().id());
        if (booking.isEmpty()) {
            turn.refuse("mentor cancellation of another's booking", "my.not-yours");
            return;
        }
        if (!MyConsultations.active(booking.get())) {
            turn.alert(turn.t("screen.out-of-date"));
            turn.closeScreen();
            return;
        }
        askReason(turn, booking.get());
        conversations.save(QuestionScreen.remember(turn, Conversation.start(turn.chatId(), name(), Step.REASON)
                .with("booking", Long.toString(action.bookingId()))));
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
        askRelease(turn, Long.parseLong(conversation.draft().get("booking")), false); // below the reason
        conversations.save(QuestionScreen.remember(turn, conversation.with("reason", input.text().strip())
                .at(Step.RELEASE)));
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
        InlineKeyboardMarkup onwards = Keyboards.column(
                Keyboards.button(turn.t("menu.my"), new BackToMyConsultations()));
        if (!outcome.done()) {
            String refusal = turn.t(outcome.result() == ChangeOutcome.Result.TOO_LATE ? "mentor-cancel.too-late"
                    : "my.not-active");
            turn.alert(refusal);
            turn.show(refusal, onwards);
            return true;
        }
        String done = turn.t("mentor-cancel.done", outcome.booking().studentName());
        turn.notice(done);
        turn.show(done, onwards); // done: only the way on is left
        return true;
    }

    /**
     * The current step again on the pressed message: the question for the reason (the screen shown before goes), or
     * the choice of what becomes of the time. A session no longer active ends the dialog.
     */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        Optional<BookingView> booking = desk.find(bookingId).filter(b -> b.mentorId() == turn.account().id())
                .filter(MyConsultations::active);
        if (booking.isEmpty()) {
            conversations.clear(turn.chatId());
            turn.show(turn.t("my.not-active"), Keyboards.column(
                    Keyboards.button(turn.t("menu.my"), new BackToMyConsultations())));
        } else if (conversation.step(Step.class) == Step.REASON) {
            askReason(turn, booking.get());
            QuestionScreen.moved(turn, conversation, conversations);
        } else {
            askRelease(turn, bookingId, true);
        }
    }

    private void askReason(Turn turn, BookingView booking) {
        turn.show(turn.t("mentor-cancel.ask", booking.studentName(),
                Times.dayTime(booking.startsAt(), turn.account().zone(), turn.language())),
                Keyboards.column(Keyboards.button(turn.t("my.back"), new BackToMyConsultations())));
    }

    private void askRelease(Turn turn, long bookingId, boolean inPlace) {
        InlineKeyboardMarkup choice = Keyboards.column(
                Keyboards.button(turn.t("mentor-cancel.free"), new MentorCancelRelease(bookingId, false)),
                Keyboards.button(turn.t("mentor-cancel.block"), new MentorCancelRelease(bookingId, true)),
                Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name())));
        if (inPlace) {
            turn.show(turn.t("mentor-cancel.release"), choice);
        } else {
            turn.reply(turn.t("mentor-cancel.release"), choice);
        }
    }
}
