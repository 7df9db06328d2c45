package io.mentorbot.telegram.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.telegram.booking.BookingAction.CancelBooking;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.booking.BookingAction.Reschedule;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /my}: the student's upcoming, past and cancelled consultations (each under its own heading) with mentor,
 * time and status; an upcoming one can be
 * cancelled with a reason ({@link Step#REASON}) within the policy window (the mentor is told by
 * {@link BookingCancelledNotices}).
 */
@Component
public class MyConsultations implements CommandHandler, Dialog {

    enum Step { REASON }

    static final int SHOWN = 10;
    static final int REASON_MAX = 300;

    private final BookingDesk desk;
    private final ConversationStore conversations;

    MyConsultations(BookingDesk desk, ConversationStore conversations) {
        this.desk = desk;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "my";
    }

    @Override
    public void handle(Turn turn, String args) {
        show(turn);
    }

    public void show(Turn turn) {
        show(turn, false);
    }

    /** The list; {@code inPlace}, it takes the place of the screen whose button was pressed. */
    void show(Turn turn, boolean inPlace) {
        ZoneId zone = turn.account().zone();
        List<BookingView> upcoming = desk.forStudent(turn.account().id(), true, SHOWN);
        List<BookingView> past = desk.forStudent(turn.account().id(), false, SHOWN);
        if (upcoming.isEmpty() && past.isEmpty() && !turn.account().isMentor()) {
            say(turn, inPlace, turn.t("my.none"), null);
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("my.title", zone.getId())).append("\n\n")
                .append(turn.t("my.upcoming"));
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        if (upcoming.isEmpty()) {
            text.append("\n").append(turn.t("my.none-upcoming"));
        }
        for (BookingView booking : upcoming) {
            text.append("\n• ").append(line(turn, booking, zone));
            String when = Times.dayTime(booking.startsAt(), zone, turn.language());
            buttons.add(Keyboards.button(turn.t("my.reschedule.button", when), new Reschedule(booking.id())));
            buttons.add(Keyboards.button(turn.t("my.cancel.button", when), new CancelBooking(booking.id())));
        }
        if (turn.account().isMentor()) {
            List<BookingView> sessions = desk.forMentor(turn.account().id(), SHOWN);
            text.append("\n\n").append(turn.t("my.as-mentor"));
            if (sessions.isEmpty()) {
                text.append("\n").append(turn.t("my.none-upcoming"));
            }
            for (BookingView session : sessions) {
                String when = Times.dayTime(session.startsAt(), zone, turn.language());
                text.append("\n• ").append(turn.t("my.line", when, session.studentName(),
                        turn.t("my.status." + session.status().name().toLowerCase(Locale.ROOT))));
                buttons.add(Keyboards.button(turn.t("my.mentor-cancel.button", when, session.studentName()),
                        new MentorCancel(session.id())));
            }
        }
        section(turn, text, "my.past", past.stream().filter(b -> b.status() != BookingStatus.CANCELLED).toList());
        section(turn, text, "my.cancelled-heading",
                past.stream().filter(b -> b.status() == BookingStatus.CANCELLED).toList());
        InlineKeyboardMarkup keyboard = buttons.isEmpty() ? null : Keyboards.grid(buttons, 1);
        say(turn, inPlace, text.toString(), keyboard);
    }

    private static void say(Turn turn, boolean inPlace, String text, InlineKeyboardMarkup keyboard) {
        if (inPlace) {
            turn.showText(text, keyboard);
        } else {
            turn.reply(text, keyboard);
        }
    }

    /**
     * A button of a booking that is no longer active (cancelled, moved, over): the screen it was on is out of date,
     * so it answers that and shows the list as it is now.
     */
    void outOfDate(Turn turn) {
        turn.alert(turn.t("screen.out-of-date"));
        show(turn, true);
    }

    /** A heading with its bookings under it; nothing at all when there are none. */
    private static void section(Turn turn, StringBuilder text, String heading, List<BookingView> bookings) {
        if (!bookings.isEmpty()) {
            text.append("\n\n").append(turn.t(heading));
            bookings.forEach(booking -> text.append("\n• ").append(line(turn, booking, turn.account().zone())));
        }
    }

    private static String line(Turn turn, BookingView booking, ZoneId zone) {
        return turn.t("my.line", Times.dayTime(booking.startsAt(), zone, turn.language()), booking.mentorName(),
                turn.t("my.status." + booking.status().name().toLowerCase(Locale.ROOT)));
    }

    void press(Turn turn, CancelBooking action) {
        java.util.Optional<BookingView> mine = desk.find(action.bookingId())
                .filter(b -> b.studentId() == turn.account().id());
        if (mine.isEmpty()) {
            turn.refuse("cancellation of another's booking", "my.not-yours");
            return;
        }
        if (!active(mine.get())) {
            outOfDate(turn);
            return;
        }
        conversations.save(Conversation.start(turn.chatId(), name(), Step.REASON)
                .with("booking", Long.toString(action.bookingId())));
        turn.reply(turn.t("my.cancel.ask"));
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        if (!input.hasText() || input.text().strip().length() > REASON_MAX) {
            turn.reply(turn.t("my.cancel.reason-invalid", REASON_MAX));
            return;
        }
        long bookingId = Long.parseLong(conversation.draft().get("booking"));
        conversations.clear(turn.chatId());
        ChangeOutcome outcome = desk.cancelByStudent(bookingId, turn.account().id(), input.text().strip());
        switch (outcome.result()) {
            case DONE -> cancelled(turn, outcome.booking());
            case TOO_LATE -> turn.reply(turn.t("my.too-late",
                    outcome.limit() == null ? 12 : outcome.limit().toHours()));
            case NOT_ACTIVE -> turn.reply(turn.t("my.not-active"));
            default -> turn.refuse("cancellation of another's booking", "my.not-yours");
        }
    }

    private static void cancelled(Turn turn, BookingView booking) {
        ZoneId zone = turn.account().zone();
        turn.reply(turn.t("my.cancelled", booking.mentorName(), Times.dayTime(booking.startsAt(), zone,
                turn.language())));
    }

    static boolean active(BookingView booking) {
        return booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.PENDING_PAYMENT;
    }
}
