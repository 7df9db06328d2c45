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
import io.mentorbot.telegram.mentor.SlotAction.PickDay;
import io.mentorbot.telegram.mentor.SlotAction.ShowMonth;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** An inline month calendar: month navigation, weekday header, and the days that may be picked. */
public final class MonthCalendar {

    private MonthCalendar() {
    }

    /**
     * @param selectable days that get a button; others show as a dot
     * @param first      the earliest month navigation may reach
     * @param last       the latest month navigation may reach
     * @param showMonth  the action of the month navigation buttons
     * @param pickDay    the action of a selectable day
     */
    public static InlineKeyboardMarkup of(YearMonth month, Language language, Predicate<LocalDate> selectable,
                                          YearMonth first, YearMonth last,
                                          Function<YearMonth, CallbackAction> showMonth,
                                          Function<LocalDate, CallbackAction> pickDay) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(new InlineKeyboardRow(
                month.isAfter(first) ? Keyboards.button("◀", showMonth.apply(month.minusMonths(1))) : blank(" "),
                blank(Times.month(month, language)),
                month.isBefore(last) ? Keyboards.button("▶", showMonth.apply(month.plusMonths(1))) : blank(" ")));
        InlineKeyboardRow header = new InlineKeyboardRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            header.add(blank(day.getDisplayName(TextStyle.SHORT_STANDALONE, language.locale())));
        }
        rows.add(header);
        InlineKeyboardRow week = new InlineKeyboardRow();
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            week.add(blank(" "));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            week.add(selectable.test(day) ? Keyboards.button(Integer.toString(d), pickDay.apply(day)) : blank("·"));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                rows.add(week);
                week = new InlineKeyboardRow();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(blank(" "));
            }
            rows.add(week);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton blank(String label) {
        return Keyboards.button(label, new Noop());
    }
}
