package io.mentorbot.telegram.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.telegram.booking.BookingAction.CancelFromList;
import io.mentorbot.telegram.booking.BookingAction.RescheduleFromList;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /my}: the student's upcoming, past and cancelled consultations (each under its own heading) with mentor,
 * time and status, and a mentor's own sessions. It is one screen: its buttons (cancel with a reason in
 * {@link StudentCancellation}, reschedule in {@link Rescheduling}, a mentor's cancel in {@link MentorCancellation})
 * edit the list in place, and their screens lead back to it.
 */
@Component
public class MyConsultations implements CommandHandler {

    static final int SHOWN = 10;

    private final BookingDesk desk;

    MyConsultations(BookingDesk desk) {
        this.desk = desk;
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
            buttons.add(Keyboards.button(turn.t("my.reschedule.button", when), new RescheduleFromList(booking.id())));
            buttons.add(Keyboards.button(turn.t("my.cancel.button", when), new CancelFromList(booking.id())));
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

    static boolean active(BookingView booking) {
        return booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.PENDING_PAYMENT;
    }
}
