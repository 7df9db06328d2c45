package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.telegram.admin.AdminAction.AdminBooking;
import io.mentorbot.telegram.admin.AdminAction.AdminBookingAct;
import io.mentorbot.telegram.admin.AdminAction.AdminBookings;
import io.mentorbot.telegram.admin.AdminAction.AdminCancelListed;
import io.mentorbot.telegram.admin.AdminAction.AdminListedBooking;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The console cancels a booking with a reason ({@link Step#REASON}): the booking's card becomes the question, and the
 * outcome comes below the typed reason with the way back to the page of bookings the card came from. The change is
 * {@link BookingDesk#cancelByAdmin}'s, which checks the rights again, and whose listeners tell both sides and audit
 * it. Admins only, checked on the press and again when the reason arrives.
 */
@Component
class ConsoleCancellation implements Dialog {

    enum Step { REASON }

    static final String NAME = "admin-cancel-booking";

    private final BookingDesk desk;
    private final ConsoleBookings bookings;
    private final ConversationStore conversations;

    ConsoleCancellation(BookingDesk desk, ConsoleBookings bookings, ConversationStore conversations) {
        this.desk = desk;
        this.bookings = bookings;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String activityKey() {
        return "leave.activity.admin-cancel";
    }

    /** Cancelling a booking whose card was opened from elsewhere than a page of bookings. */
    void cancel(Turn turn, long bookingId) {
        cancel(turn, bookingId, null);
    }

    /** Cancelling a booking opened from a page of bookings: after it, "Back" returns to that page. */
    void cancelListed(Turn turn, AdminCancelListed action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        cancel(turn, action.bookingId(), action.list());
    }

    /** The pressed card becomes the question for the reason; {@code list} is the page the card came from, if any. */
    private void cancel(Turn turn, long bookingId, AdminBookings list) {
        Optional<BookingView> found = desk.find(bookingId);
        if (found.isEmpty()) {
            turn.alert(turn.t("console.booking.gone"));
            return;
        }
        BookingView booking = found.get();
        if (!bookings.cancellable(booking)) {
            turn.alert(turn.t("console.booking.not-cancellable"));
            bookings.show(turn, booking, list == null ? new AdminView(AdminPane.BOOKINGS, 0) : list);
            return;
        }
        Conversation conversation = Conversation.start(turn.chatId(), name(), Step.REASON)
                .with("booking", Long.toString(booking.id()));
        if (list != null) {
            conversation = conversation.with("filter", list.filter().name()).with("value", Long.toString(list.value()))
                    .with("page", Integer.toString(list.page()));
        }
        ask(turn, conversation, booking);
    }

    /** The question, whose Cancel goes back to the booking's card. */
    private void ask(Turn turn, Conversation conversation, BookingView booking) {
        AdminBookings list = list(conversation);
        CallbackAction card = list == null ? new AdminBooking(booking.id(), AdminBookingAct.OPEN)
                : new AdminListedBooking(booking.id(), list.filter(), list.value(), list.page());
        QuestionScreen.show(turn, conversations, conversation,
                turn.t("console.booking.reason", booking.mentorName(), booking.studentName()),
                Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), card)));
    }

    /** The page of bookings the booking was opened from, or null when it came from elsewhere. */
    private static AdminBookings list(Conversation conversation) {
        String filter = conversation.draft().get("filter");
        return filter == null ? null : new AdminBookings(BookingQuery.Filter.valueOf(filter),
                Long.parseLong(conversation.draft().get("value")), Integer.parseInt(conversation.draft().get("page")));
    }

    /** The question for the reason again, on this turn's screen (a booking gone meanwhile ends the dialog). */
    @Override
    public void resume(Turn turn, Conversation conversation) {
        Optional<BookingView> booking = desk.find(Long.parseLong(conversation.draft().get("booking")));
        if (booking.isEmpty()) {
            conversations.clear(turn.chatId());
            turn.show(turn.t("console.booking.gone"), null);
            return;
        }
        ask(turn, conversation, booking.get());
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (AdminConsole.refusedInDialog(turn, conversations)) {
            return;
        }
        if (!input.hasText() || input.text().isBlank() || input.text().strip().length() > BookingDesk.REASON_MAX_LENGTH) {
            turn.reply(turn.t("my.cancel.reason-invalid", BookingDesk.REASON_MAX_LENGTH));
            return;
        }
        String reason = input.text().strip();
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        conversations.clear(turn.chatId());
        QuestionScreen.answered(turn, conversation);
        ChangeOutcome outcome = desk.cancelByAdmin(bookingId, turn.account().id(), reason);
        AdminBookings list = list(conversation);
        InlineKeyboardMarkup back = Keyboards.column(Keyboards.button(turn.t("console.back"),
                list == null ? new AdminView(AdminPane.BOOKINGS, 0) : list));
        if (!outcome.done()) {
            turn.reply(turn.t("console.booking.not-cancellable"), back);
            return;
        }
        BookingView booking = outcome.booking();
        turn.reply(turn.t("console.booking.cancelled", booking.mentorName(), booking.studentName()), back);
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminCancelListedButton(ConsoleCancellation cancellation) {
            return ButtonHandler.of(AdminCancelListed.VERB, cancellation::cancelListed);
        }
    }
}
