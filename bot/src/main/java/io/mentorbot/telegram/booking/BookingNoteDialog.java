package io.mentorbot.telegram.booking;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** "What would you like to discuss?": the note is kept in the draft until the booking is confirmed. */
@Component
class BookingNoteDialog implements Dialog {

    enum Step { NOTE, READY }

    /** The draft's key for the screen that asked for the note: the confirmation below the note replaces it. */
    static final String SCREEN = RememberedScreen.KEY;

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
        conversations.save(conversation.with("note", note).with(SCREEN, "").at(Step.READY));
        String asked = conversation.draft().get(SCREEN);
        if (asked != null && !asked.isEmpty()) { // a second note finds it gone already
            turn.removeScreen(Integer.parseInt(asked));
        }
        screens.confirmation(turn, Long.parseLong(conversation.draft().get("slot")), note);
    }

    /**
     * The current step again on the pressed message: the question for the note (the screen that asked before goes),
     * or the confirmation with the note typed.
     */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        if (conversation.step(Step.class) == Step.NOTE) {
            conversations.save(RememberedScreen.movedHere(turn, conversation));
            turn.show(turn.t("booking.note.ask", BookingDesk.NOTE_MAX_LENGTH), null);
        } else {
            screens.confirmation(turn, Long.parseLong(conversation.draft().get("slot")),
                    conversation.draft().get("note"));
        }
    }
}
