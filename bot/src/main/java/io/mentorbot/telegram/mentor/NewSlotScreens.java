package io.mentorbot.telegram.mentor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.mentor.NewSlotDialog.Step;
import io.mentorbot.telegram.mentor.SlotAction.AddSlots;
import io.mentorbot.telegram.mentor.SlotAction.NewSlotMode;
import io.mentorbot.telegram.mentor.SlotAction.PickDay;
import io.mentorbot.telegram.mentor.SlotAction.PickWeeks;
import io.mentorbot.telegram.mentor.SlotAction.ShowMonth;
import io.mentorbot.telegram.mentor.SlotAction.SlotsPage;
import io.mentorbot.telegram.mentor.SlotAction.ToggleWeekday;
import io.mentorbot.telegram.mentor.SlotAction.WeekdaysDone;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.MonthCalendar;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** The screens of {@code /newslot}'s steps, each with its Cancel, and the buttons under its report. */
@Component
class NewSlotScreens {

    static final List<Integer> WEEK_CHOICES = List.of(1, 2, 4, 8, 12);
    private static final int MONTHS_AHEAD = 12;
    private static final String DIALOG = "newslot";

    private final Clock clock;

    NewSlotScreens(Clock clock) {
        this.clock = clock;
    }

    /** The step's question and buttons, as this turn's screen. */
    void show(Turn turn, Conversation conversation) {
        String zone = turn.account().zone().getId();
        switch (conversation.step(Step.class)) {
            case MODE -> turn.show(turn.t("newslot.mode"), Keyboards.column(
                    Keyboards.button(turn.t("newslot.mode.day"), new NewSlotMode(false)),
                    Keyboards.button(turn.t("newslot.mode.weekly"), new NewSlotMode(true)),
                    cancel(turn)));
            case DAY -> turn.show(turn.t("newslot.day", zone), calendar(turn, month(turn, conversation)));
            case TIMES -> turn.show(turn.t("newslot.times",
                    Times.day(LocalDate.parse(conversation.draft().get("day")), turn.language()), zone),
                    Keyboards.column(cancel(turn)));
            case WEEKDAYS -> turn.show(turn.t("newslot.weekdays"), weekdays(turn, conversation));
            case RANGE -> turn.show(turn.t("newslot.range", zone), Keyboards.column(cancel(turn)));
            case WEEKS -> turn.show(turn.t("newslot.weeks"), weeks(turn));
        }
    }

    InlineKeyboardMarkup weeks(Turn turn) {
        return Keyboards.withRow(Keyboards.grid(WEEK_CHOICES.stream()
                .map(w -> Keyboards.button(Integer.toString(w), new PickWeeks(w))).toList(), 5), cancel(turn));
    }

    /** Under a report of created slots: what makes sense next. */
    static InlineKeyboardMarkup afterReport(Turn turn) {
        return Keyboards.grid(List.of(
                Keyboards.button(turn.t("newslot.report.my-slots"), new SlotsPage(0)),
                Keyboards.button(turn.t("newslot.report.add-more"), new AddSlots())), 2);
    }

    LocalDate today(Turn turn) {
        return LocalDate.now(clock.withZone(turn.account().zone()));
    }

    private YearMonth month(Turn turn, Conversation conversation) {
        String shown = conversation.draft().get("month");
        return shown == null ? YearMonth.from(today(turn)) : YearMonth.parse(shown);
    }

    private InlineKeyboardMarkup calendar(Turn turn, YearMonth wanted) {
        LocalDate today = today(turn);
        YearMonth first = YearMonth.from(today);
        YearMonth month = wanted.isBefore(first) || wanted.isAfter(first.plusMonths(MONTHS_AHEAD)) ? first : wanted;
        InlineKeyboardMarkup days = MonthCalendar.of(month, turn.language(), d -> !d.isBefore(today),
                month.isAfter(first) ? month.minusMonths(1) : null,
                month.isBefore(first.plusMonths(MONTHS_AHEAD)) ? month.plusMonths(1) : null, ShowMonth::new, PickDay::new);
        return Keyboards.withRow(days, cancel(turn));
    }

    static Set<DayOfWeek> chosenDays(Conversation conversation) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String csv = conversation.draft().getOrDefault("days", "");
        for (String d : csv.isEmpty() ? new String[0] : csv.split(",")) {
            days.add(DayOfWeek.of(Integer.parseInt(d)));
        }
        return days;
    }

    private static InlineKeyboardMarkup weekdays(Turn turn, Conversation conversation) {
        Set<DayOfWeek> chosen = chosenDays(conversation);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.SHORT_STANDALONE, turn.language().locale());
            buttons.add(Keyboards.button((chosen.contains(day) ? "✅ " : "") + name, new ToggleWeekday(day)));
        }
        return Keyboards.withRow(Keyboards.grid(buttons, 4),
                Keyboards.button(turn.t("dialog.next"), new WeekdaysDone()), cancel(turn));
    }

    private static InlineKeyboardButton cancel(Turn turn) {
        return Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(DIALOG));
    }
}
