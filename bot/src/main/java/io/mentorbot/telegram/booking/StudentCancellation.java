package io.mentorbot.telegram.booking;

import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.telegram.booking.BookingAction.BackToMyConsultations;
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
 * A student cancels an upcoming booking with a reason ({@link Step#REASON}) within the policy window; the mentor is
 * told by {@link BookingCancelledNotices}. From {@code /my} the list becomes the question and the result comes below
 * the typed reason, the question removed; from a confirmation or a reminder the question is a new message, removed in
 * the same way once answered, and that screen stays. The dialog holds no unsaved input: before the reason is typed
 * there is nothing to lose, and the typed reason ends it. So a command typed meanwhile runs at once.
 */
@Component
class StudentCancellation implements Dialog {

    enum Step { REASON }

    /** The name the cancellation's conversations are stored under (it began as a step of {@code /my}). */
    static final String NAME = "my";
    static final int REASON_MAX = BookingDesk.STUDENT_REASON_MAX_LENGTH;

    private final BookingDesk desk;
    private final ConversationStore conversations;
    private final MyConsultations consultations;

    StudentCancellation(BookingDesk desk, ConversationStore conversations, MyConsultations consultations) {
        this.desk = desk;
        this.conversations = conversations;
        this.consultations = consultations;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Asks for the reason: {@code inPlace} on the pressed screen (the list), else as a new message below it. */
    void press(Turn turn, long bookingId, boolean inPlace) {
        Optional<BookingView> mine = desk.find(bookingId).filter(b -> b.studentId() == turn.account().id());
        if (mine.isEmpty()) {
            turn.refuse("cancellation of another's booking", "my.not-yours");
            return;
        }
        if (!MyConsultations.active(mine.get())) {
            consultations.outOfDate(turn);
            return;
        }
        Conversation asking = Conversation.start(turn.chatId(), NAME, Step.REASON)
                .with("booking", Long.toString(bookingId));
        if (inPlace) {
            turn.show(question(turn, mine.get()), back(turn));
        } else {
            turn.reply(question(turn, mine.get()), back(turn));
        }
        conversations.save(QuestionScreen.remember(turn, asking));
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.text().strip().length() > REASON_MAX) {
            turn.reply(turn.t("my.cancel.reason-invalid", REASON_MAX));
            return;
        }
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        ChangeOutcome outcome = desk.cancelByStudent(bookingId, turn.account().id(), input.text().strip());
        InlineKeyboardMarkup onwards = Keyboards.column(
                Keyboards.button(turn.t("menu.my"), new BackToMyConsultations()));
        switch (outcome.result()) {
            case DONE -> turn.reply(turn.t("my.cancelled", outcome.booking().mentorName(),
                    Times.dayTime(outcome.booking().startsAt(), turn.account().zone(), turn.language())), onwards);
            case TOO_LATE -> turn.reply(turn.t("my.too-late",
                    outcome.limit() == null ? 12 : outcome.limit().toHours()), onwards);
            case NOT_ACTIVE -> turn.reply(turn.t("my.not-active"), onwards);
            default -> turn.refuse("cancellation of another's booking", "my.not-yours");
        }
    }

    /** The question for the reason again, on the pressed message; a booking no longer active ends the dialog. */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        Optional<BookingView> booking = desk.find(Long.parseLong(conversation.draft().get("booking")))
                .filter(b -> b.studentId() == turn.account().id()).filter(MyConsultations::active);
        if (booking.isEmpty()) {
            conversations.clear(turn.chatId());
            consultations.show(turn, true);
            return;
        }
        turn.show(question(turn, booking.get()), back(turn));
        QuestionScreen.moved(turn, conversation, conversations);
    }

    private static String question(Turn turn, BookingView booking) {
        return turn.t("my.cancel.ask", booking.mentorName(),
                Times.dayTime(booking.startsAt(), turn.account().zone(), turn.language()),
                turn.account().zone().getId());
    }

    private static InlineKeyboardMarkup back(Turn turn) {
        return Keyboards.column(Keyboards.button(turn.t("my.back"), new BackToMyConsultations()));
    }
}
