package io.mentorbot.telegram.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingPage;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.bookings.BookingStatus;
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
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Money;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's bookings: the filters (upcoming, by status, and from a mentor's or a user's card by mentor or by
 * student), a page of bookings, one booking's card, and cancelling it with a reason ({@link Step#REASON}) through
 * {@link BookingDesk#cancelByAdmin}, which checks the rights again, and whose listeners tell both sides and audit it.
 * Admins only, checked on every press and again when the reason arrives.
 */
@Component
class ConsoleBookings implements Dialog {

    enum Step { REASON }

    static final String NAME = "admin-cancel-booking";

    private final BookingDesk desk;
    private final AccountDesk accounts;
    private final ConversationStore conversations;
    private final Clock clock;

    ConsoleBookings(BookingDesk desk, AccountDesk accounts, ConversationStore conversations, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The filters to pick from. */
    void filters(Turn turn) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        buttons.add(Keyboards.button(turn.t("console.bookings.upcoming"),
                new AdminBookings(BookingQuery.Filter.UPCOMING, 0, 0)));
        for (BookingStatus status : BookingStatus.values()) {
            buttons.add(Keyboards.button(status(turn, status),
                    new AdminBookings(BookingQuery.Filter.STATUS, status.ordinal(), 0)));
        }
        buttons.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0)));
        turn.show(turn.t("console.bookings.filters"), Keyboards.grid(buttons, 2));
    }

    void list(Turn turn, AdminBookings action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        BookingQuery query = new BookingQuery(action.filter(), action.value());
        BookingPage found = desk.list(query, action.page(), AdminConsole.PAGE);
        ZoneId zone = turn.account().zone();
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (BookingView booking : found.bookings()) {
            buttons.add(Keyboards.button(turn.t("console.booking.line",
                    Times.dayTime(booking.startsAt(), zone, turn.language()), booking.mentorName(),
                    booking.studentName(), status(turn, booking.status())),
                    new AdminListedBooking(booking.id(), action.filter(), action.value(), found.page())));
        }
        String title = turn.t("console.bookings.title", heading(turn, query), found.page() + 1, found.pages(),
                found.total(), zone.getId());
        String text = buttons.isEmpty() ? title + "\n\n" + turn.t("console.bookings.none") : title;
        List<InlineKeyboardButton> nav = new ArrayList<>();
        if (found.page() > 0) {
            nav.add(Keyboards.button("◀", new AdminBookings(action.filter(), action.value(), found.page() - 1)));
        }
        nav.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.BOOKINGS, 0)));
        if (found.page() < found.pages() - 1) {
            nav.add(Keyboards.button("▶", new AdminBookings(action.filter(), action.value(), found.page() + 1)));
        }
        turn.show(text, Keyboards.withRow(Keyboards.grid(buttons, 1), nav.toArray(InlineKeyboardButton[]::new)));
    }

    private String heading(Turn turn, BookingQuery query) {
        return switch (query.filter()) {
            case UPCOMING -> turn.t("console.bookings.upcoming");
            case STATUS -> status(turn, query.status());
            case MENTOR -> turn.t("console.bookings.of-mentor", name(query.value()));
            case STUDENT -> turn.t("console.bookings.of-student", name(query.value()));
        };
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(account -> account.displayName()).orElse("#" + accountId);
    }

    private static String status(Turn turn, BookingStatus status) {
        return turn.t("my.status." + status.name().toLowerCase(Locale.ROOT));
    }

    void booking(Turn turn, AdminBooking action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        if (action.act() == AdminBookingAct.CANCEL) {
            cancel(turn, action.bookingId(), null);
        } else {
            open(turn, action.bookingId(), new AdminView(AdminPane.BOOKINGS, 0));
        }
    }

    /** A booking opened from a page of bookings: its "Back" returns to that page. */
    void listed(Turn turn, AdminListedBooking action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        open(turn, action.bookingId(), action.list());
    }

    /** Cancelling a booking opened from a page of bookings: after it, "Back" returns to that page. */
    void cancelListed(Turn turn, AdminCancelListed action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        cancel(turn, action.bookingId(), action.list());
    }

    /** The card on the pressed screen; pressed on the reason question (its Cancel), it leaves the question. */
    private void open(Turn turn, long bookingId, CallbackAction back) {
        ConsoleQuestion.leave(turn, conversations);
        desk.find(bookingId).ifPresentOrElse(booking -> show(turn, booking, back),
                () -> turn.alert(turn.t("console.booking.gone")));
    }

    /** The pressed card becomes the question for the reason; {@code list} is the page the card came from, if any. */
    private void cancel(Turn turn, long bookingId, AdminBookings list) {
        Optional<BookingView> found = desk.find(bookingId);
        if (found.isEmpty()) {
            turn.alert(turn.t("console.booking.gone"));
            return;
        }
        BookingView booking = found.get();
        CallbackAction back = list == null ? new AdminView(AdminPane.BOOKINGS, 0) : list;
        if (!cancellable(booking)) {
            turn.alert(turn.t("console.booking.not-cancellable"));
            show(turn, booking, back);
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

    private void ask(Turn turn, Conversation conversation, BookingView booking) {
        AdminBookings list = list(conversation);
        CallbackAction card = list == null ? new AdminBooking(booking.id(), AdminBookingAct.OPEN)
                : new AdminListedBooking(booking.id(), list.filter(), list.value(), list.page());
        ConsoleQuestion.show(turn, conversations, conversation,
                turn.t("console.booking.reason", booking.mentorName(), booking.studentName()),
                Keyboards.column(Keyboards.button(turn.t("dialog.cancel"), card)));
    }

    /** The page of bookings the cancelled booking was opened from, or null when it came from elsewhere. */
    private static AdminBookings list(Conversation conversation) {
        String filter = conversation.draft().get("filter");
        return filter == null ? null : new AdminBookings(BookingQuery.Filter.valueOf(filter),
                Long.parseLong(conversation.draft().get("value")), Integer.parseInt(conversation.draft().get("page")));
    }

    @Override
    public String activityKey() {
        return "leave.activity.admin-cancel";
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

    private boolean cancellable(BookingView booking) {
        return booking.status().isActive() && booking.endsAt().isAfter(clock.instant());
    }

    private void show(Turn turn, BookingView booking, CallbackAction back) {
        ZoneId zone = turn.account().zone();
        StringBuilder text = new StringBuilder(turn.t("console.booking.card", Long.toString(booking.id()), booking.mentorName(),
                booking.studentName() + (booking.studentUsername() == null ? "" : " (@" + booking.studentUsername() + ")"),
                Times.dayTime(booking.startsAt(), zone, turn.language()) + "–" + Times.time(booking.endsAt(), zone),
                zone.getId(), status(turn, booking.status()),
                booking.priceMinor() == 0 ? turn.t("console.booking.free")
                        : Money.format(turn.language(), booking.priceMinor(), booking.currency())));
        if (booking.note() != null) {
            text.append('\n').append(turn.t("console.booking.note", booking.note()));
        }
        if (booking.cancelReason() != null) {
            text.append('\n').append(turn.t("console.booking.cancel-reason", booking.cancelReason()));
        }
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        if (cancellable(booking)) {
            buttons.add(Keyboards.button(turn.t("console.booking.cancel"), back instanceof AdminBookings list
                    ? new AdminCancelListed(booking.id(), list.filter(), list.value(), list.page())
                    : new AdminBooking(booking.id(), AdminBookingAct.CANCEL)));
        }
        buttons.add(Keyboards.button(turn.t("console.booking.mentor-bookings"),
                new AdminBookings(BookingQuery.Filter.MENTOR, booking.mentorId(), 0)));
        buttons.add(Keyboards.button(turn.t("console.booking.student-bookings"),
                new AdminBookings(BookingQuery.Filter.STUDENT, booking.studentId(), 0)));
        buttons.add(Keyboards.button(turn.t("console.back"), back));
        turn.show(text.toString(), Keyboards.grid(buttons, 1));
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
        ConsoleQuestion.answered(turn, conversation);
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
        ButtonHandler<?> adminBookingsButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminBookings.VERB, bookings::list);
        }

        @Bean
        ButtonHandler<?> adminBookingButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminBooking.VERB, bookings::booking);
        }

        @Bean
        ButtonHandler<?> adminListedBookingButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminListedBooking.VERB, bookings::listed);
        }

        @Bean
        ButtonHandler<?> adminCancelListedButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminCancelListed.VERB, bookings::cancelListed);
        }
    }
}
