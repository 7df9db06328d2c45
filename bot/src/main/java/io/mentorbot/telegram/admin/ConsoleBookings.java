package io.mentorbot.telegram.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingPage;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.telegram.admin.AdminAction.AdminBooking;
import io.mentorbot.telegram.admin.AdminAction.AdminBookingAct;
import io.mentorbot.telegram.admin.AdminAction.AdminBookings;
import io.mentorbot.telegram.admin.AdminAction.AdminCancelListed;
import io.mentorbot.telegram.admin.AdminAction.AdminListedBooking;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Money;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's bookings: the filters (upcoming, by status, and from a mentor's or a user's card by mentor or by
 * student), a page of bookings and one booking's card, each on the pressed screen; its cancellation with a reason is
 * {@link ConsoleCancellation}'s. Admins only, checked on every press.
 */
@Component
class ConsoleBookings {

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

    /** A booking's card, or its cancellation ({@link ConsoleCancellation}) when the button says so. */
    void booking(Turn turn, AdminBooking action, ConsoleCancellation cancellation) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        if (action.act() == AdminBookingAct.CANCEL) {
            cancellation.cancel(turn, action.bookingId());
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

    /** The card on the pressed screen; pressed on the reason question (its Cancel), it leaves the question. */
    private void open(Turn turn, long bookingId, CallbackAction back) {
        ConsoleQuestion.leave(turn, conversations);
        desk.find(bookingId).ifPresentOrElse(booking -> show(turn, booking, back),
                () -> turn.alert(turn.t("console.booking.gone")));
    }

    /** Whether the console may still cancel it: active, and the session not over. */
    boolean cancellable(BookingView booking) {
        return booking.status().isActive() && booking.endsAt().isAfter(clock.instant());
    }

    /** The booking's card; {@code back} is where it was opened from. */
    void show(Turn turn, BookingView booking, CallbackAction back) {
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

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminBookingsButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminBookings.VERB, bookings::list);
        }

        @Bean
        ButtonHandler<?> adminBookingButton(ConsoleBookings bookings, ConsoleCancellation cancellation) {
            return ButtonHandler.of(AdminBooking.VERB, (turn, pressed) -> bookings.booking(turn, pressed, cancellation));
        }

        @Bean
        ButtonHandler<?> adminListedBookingButton(ConsoleBookings bookings) {
            return ButtonHandler.of(AdminListedBooking.VERB, bookings::listed);
        }

    }
}
