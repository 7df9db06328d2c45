package io.mentorbot.telegram.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Noop;
import io.mentorbot.telegram.callback.Unavailable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * An inline month calendar: the month's name in a row of its own (a narrow button would cut it), inert weekday
 * labels, every date of the month (those that cannot be picked struck through; pressing one only explains why), and
 * the month arrows the caller allows.
 */
public final class MonthCalendar {

    private static final char STRIKE = '\u0336';

    private MonthCalendar() {
    }

    /**
     * @param selectable days that may be picked; the others are struck through and answer {@link Unavailable}
     * @param previous   the month "◀" opens, or {@code null} for no such button
     * @param next       the month "▶" opens, or {@code null} for no such button
     * @param showMonth  the action of the month navigation buttons
     * @param pickDay    the action of a selectable day
     */
    public static InlineKeyboardMarkup of(YearMonth month, Language language, Predicate<LocalDate> selectable,
                                          YearMonth previous, YearMonth next,
                                          Function<YearMonth, CallbackAction> showMonth,
                                          Function<LocalDate, CallbackAction> pickDay) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(new InlineKeyboardRow(inert(Times.month(month, language))));
        InlineKeyboardRow header = new InlineKeyboardRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            header.add(inert(day.getDisplayName(TextStyle.SHORT_STANDALONE, language.locale())));
        }
        rows.add(header);
        InlineKeyboardRow week = new InlineKeyboardRow();
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            week.add(inert(" "));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            week.add(selectable.test(day) ? Keyboards.button(Integer.toString(d), pickDay.apply(day))
                    : Keyboards.button(struck(Integer.toString(d)), new Unavailable(day)));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                rows.add(week);
                week = new InlineKeyboardRow();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(inert(" "));
            }
            rows.add(week);
        }
        InlineKeyboardRow arrows = new InlineKeyboardRow();
        if (previous != null) {
            arrows.add(Keyboards.button("◀", showMonth.apply(previous)));
        }
        if (next != null) {
            arrows.add(Keyboards.button("▶", showMonth.apply(next)));
        }
        if (!arrows.isEmpty()) {
            rows.add(arrows);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** "1̶7̶": the date of a day that cannot be picked, struck through so it still reads as a date. */
    public static String struck(String date) {
        StringBuilder out = new StringBuilder(date.length() * 2);
        for (char c : date.toCharArray()) {
            out.append(c).append(STRIKE);
        }
        return out.toString();
    }

    private static InlineKeyboardButton inert(String label) {
        return Keyboards.button(label, new Noop());
    }
}
