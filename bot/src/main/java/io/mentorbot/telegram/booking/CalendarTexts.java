package io.mentorbot.telegram.booking;

import java.time.LocalDate;

import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;

/** The words around the booking calendar: how to read a month, and a day named as a person would ("Tomorrow"). */
final class CalendarTexts {

    private CalendarTexts() {
    }

    /** What the month screen says above the calendar: how to read it, or why there is nothing to pick. */
    static String monthText(Turn turn, boolean empty, boolean laterFree) {
        String zone = turn.account().zone().getId();
        if (!empty) {
            return turn.t("booking.month", zone);
        }
        return turn.t(laterFree ? "booking.month.empty" : "booking.month.none-ahead", zone);
    }

    /** "Today, Mon 15 Mar", "Tomorrow, Tue 16 Mar", or just "Wed 17 Mar". */
    static String dayTitle(Turn turn, LocalDate day, LocalDate today) {
        String date = Times.day(day, turn.language());
        if (day.equals(today)) {
            return turn.t("day.today", date);
        }
        return day.equals(today.plusDays(1)) ? turn.t("day.tomorrow", date) : date;
    }
}
