package io.mentorbot.telegram.booking;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** "What would you like to discuss?": the note is kept in the draft until the booking is confirmed. */
@Component
class BookingNoteDialog implements Dialog {

    enum Step { NOTE, READY }

    private final ConversationStore conversations;
    private final BookingScreens screens;

    BookingNoteDialog(ConversationStore conversations, BookingScreens screens) {
        this.conversations = conversations;
        this.screens = screens;
    }

    @Override
    public String name() {
        return BookingScreens.NOTE_DIALOG;
    }

    @Override
    public String activityKey() {
        return "leave.activity.booking-note";
    }

    /** A note typed and not yet confirmed with its booking. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.draft().containsKey("note");
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.photoFileId() != null || input.document()) { // a photo, sticker or file
            turn.reply(turn.t("booking.note.text-only"));
            return;
        }
        if (input.text().strip().length() > BookingDesk.NOTE_MAX_LENGTH) {
            turn.reply(turn.t("booking.note.too-long", BookingDesk.NOTE_MAX_LENGTH));
            return;
        }
        String note = input.text().strip();
        // the confirmation below the note replaces the question (a second note finds it gone already)
        conversations.save(conversation.with("note", note).with(QuestionScreen.KEY, "").at(Step.READY));
        QuestionScreen.answered(turn, conversation);
        screens.confirmation(turn, Long.parseLong(conversation.draft().get("slot")), note);
    }

    /**
     * The current step again on the pressed message: the question for the note (the screen that asked before goes),
     * or the confirmation with the note typed.
     */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        if (conversation.step(Step.class) == Step.NOTE) {
            turn.show(turn.t("booking.note.ask", BookingDesk.NOTE_MAX_LENGTH), null);
            QuestionScreen.moved(turn, conversation, conversations);
        } else {
            screens.confirmation(turn, Long.parseLong(conversation.draft().get("slot")),
                    conversation.draft().get("note"));
        }
    }
}
