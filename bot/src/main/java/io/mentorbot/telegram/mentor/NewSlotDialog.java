package io.mentorbot.telegram.mentor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotPlanningException;
import io.mentorbot.slots.SlotRequest;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.mentor.SlotAction.NewSlotMode;
import io.mentorbot.telegram.mentor.SlotAction.PickDay;
import io.mentorbot.telegram.mentor.SlotAction.PickWeeks;
import io.mentorbot.telegram.mentor.SlotAction.ShowMonth;
import io.mentorbot.telegram.mentor.SlotAction.ToggleWeekday;
import io.mentorbot.telegram.mentor.SlotAction.WeekdaysDone;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialog;
import io.mentorbot.telegram.dialog.Input;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.MonthCalendar;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /newslot}: one day (calendar, then a start time or a range) or weekly (weekdays, a range, a number of
 * weeks). Power users type it in one line: {@code /newslot 23.12 18:00}, {@code /newslot tomorrow 18:00-21:00},
 * {@code /newslot 9am} (the next 9:00).
 * Times are the mentor's local times; what was created and what was skipped (and why) is reported.
 */
@Component
class NewSlotDialog implements CommandHandler, Dialog {

    enum Step { MODE, DAY, TIMES, WEEKDAYS, RANGE, WEEKS }

    static final List<Integer> WEEK_CHOICES = List.of(1, 2, 4, 8, 12);
    private static final int MONTHS_AHEAD = 12;

    private final ConversationStore conversations;
    private final SlotPlanner planner;
    private final MentorProfiles profiles;
    private final Clock clock;

    NewSlotDialog(ConversationStore conversations, SlotPlanner planner, MentorProfiles profiles, Clock clock) {
        this.conversations = conversations;
        this.planner = planner;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "newslot";
    }

    @Override
    public String activityKey() {
        return "leave.activity.newslot";
    }

    /** Anything past choosing how to add slots was chosen or typed by the user. */
    @Override
    public boolean hasUnsavedInput(Conversation conversation) {
        return conversation.step(Step.class) != Step.MODE || !conversation.draft().isEmpty();
    }

    @Override
    public Audience audience() {
        return Audience.MENTOR;
    }

    @Override
    public void handle(Turn turn, String args) {
        if (!args.isBlank()) {
            oneLine(turn, args);
            return;
        }
        conversations.save(Conversation.start(turn.chatId(), name(), Step.MODE));
        turn.reply(turn.t("newslot.mode"), Keyboards.column(
                Keyboards.button(turn.t("newslot.mode.day"), new NewSlotMode(false)),
                Keyboards.button(turn.t("newslot.mode.weekly"), new NewSlotMode(true)),
                Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name()))));
    }

    private void oneLine(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        LocalDate today = today(turn);
        Optional<LocalDate> day = TimeInput.date(parts[0], today);
        Optional<TimeInput.Span> span = day.isEmpty() ? TimeInput.span(args)
                : parts.length == 2 ? TimeInput.span(parts[1]) : Optional.empty();
        if (span.isEmpty()) {
            usage(turn, today);
            return;
        }
        plan(turn, day.orElseGet(() -> nextDayAt(turn, today, span.get().from())), span.get());
    }

    /** The usage, with example dates after today: a short date a week ahead and tomorrow's full date. */
    private static void usage(Turn turn, LocalDate today) {
        LocalDate week = today.plusWeeks(1);
        turn.reply(turn.t("newslot.usage", String.format("%02d.%02d", week.getDayOfMonth(), week.getMonthValue()),
                today.plusDays(1).toString()));
    }

    /** A time typed alone means its next occurrence in the mentor's zone: today if still ahead, else tomorrow. */
    private LocalDate nextDayAt(Turn turn, LocalDate today, LocalTime time) {
        return time.isAfter(LocalTime.now(clock.withZone(turn.account().zone()))) ? today : today.plusDays(1);
    }

    @Override
    public boolean onButton(Turn turn, Conversation conversation, CallbackAction action) {
        Step step = conversation.step(Step.class);
        if (step == Step.MODE && action instanceof NewSlotMode mode) {
            if (mode.weekly()) {
                Conversation next = conversation.at(Step.WEEKDAYS);
                conversations.save(next);
                turn.show(turn.t("newslot.weekdays"), weekdays(turn, next));
            } else {
                conversations.save(conversation.at(Step.DAY));
                turn.show(turn.t("newslot.day", turn.account().zone().getId()), calendar(turn, today(turn)
                        .withDayOfMonth(1).atStartOfDay().toLocalDate()));
            }
            return true;
        }
        if (step == Step.DAY && action instanceof ShowMonth show) {
            turn.show(turn.t("newslot.day", turn.account().zone().getId()), calendar(turn, show.month().atDay(1)));
            return true;
        }
        if (step == Step.DAY && action instanceof PickDay pick) {
            if (pick.day().isBefore(today(turn))) {
                turn.alert(turn.t("newslot.problem.in-past"));
                return true;
            }
            conversations.save(conversation.with("day", pick.day().toString()).at(Step.TIMES));
            turn.show(turn.t("newslot.times", Times.day(pick.day(), turn.language()), turn.account().zone().getId()),
                    null);
            return true;
        }
        if (step == Step.WEEKDAYS && action instanceof ToggleWeekday toggle) {
            Set<DayOfWeek> days = chosenDays(conversation);
            if (!days.remove(toggle.day())) {
                days.add(toggle.day());
            }
            Conversation next = conversation.with("days", days.stream().map(d -> Integer.toString(d.getValue()))
                    .collect(Collectors.joining(",")));
            conversations.save(next);
            turn.show(turn.t("newslot.weekdays"), weekdays(turn, next));
            return true;
        }
        if (step == Step.WEEKDAYS && action instanceof WeekdaysDone) {
            if (chosenDays(conversation).isEmpty()) {
                turn.alert(turn.t("newslot.problem.no-weekday"));
                return true;
            }
            conversations.save(conversation.at(Step.RANGE));
            turn.show(turn.t("newslot.range", turn.account().zone().getId()), null);
            return true;
        }
        if (step == Step.WEEKS && action instanceof PickWeeks weeks) {
            planWeekly(turn, conversation, weeks.weeks());
            return true;
        }
        return false;
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        switch (conversation.step(Step.class)) {
            case TIMES -> TimeInput.span(input.text()).ifPresentOrElse(
                    span -> plan(turn, LocalDate.parse(conversation.draft().get("day")), span),
                    () -> turn.reply(turn.t("newslot.times.invalid")));
            case RANGE -> TimeInput.span(input.text()).filter(s -> s.to() != null).ifPresentOrElse(span -> {
                conversations.save(conversation.with("from", span.from().toString()).with("to", span.to().toString())
                        .at(Step.WEEKS));
                turn.reply(turn.t("newslot.weeks"), Keyboards.grid(WEEK_CHOICES.stream()
                        .map(w -> Keyboards.button(Integer.toString(w), new PickWeeks(w))).toList(), 5));
            }, () -> turn.reply(turn.t("newslot.range.invalid")));
            default -> turn.reply(turn.t("newslot.use-buttons"));
        }
    }

    private void plan(Turn turn, LocalDate day, TimeInput.Span span) {
        long me = turn.account().id();
        int minutes = sessionMinutes(me);
        SlotRequest request = span.to() == null
                ? SlotRequest.single(me, turn.account().zone(), minutes, day, span.from())
                : SlotRequest.range(me, turn.account().zone(), minutes, day, span.from(), span.to());
        submit(turn, request);
    }

    private void planWeekly(Turn turn, Conversation conversation, int weeks) {
        long me = turn.account().id();
        submit(turn, SlotRequest.weekly(me, turn.account().zone(), sessionMinutes(me), chosenDays(conversation),
                LocalTime.parse(conversation.draft().get("from")),
                LocalTime.parse(conversation.draft().get("to")), today(turn), weeks));
    }

    private void submit(Turn turn, SlotRequest request) {
        try {
            String report = SlotReports.result(turn, planner.plan(request));
            conversations.clear(turn.chatId());
            turn.reply(report);
        } catch (SlotPlanningException refused) {
            turn.reply(SlotReports.problem(turn, refused));
        }
    }

    private int sessionMinutes(long mentorId) {
        profiles.ensureExists(mentorId);
        return profiles.find(mentorId).orElseThrow().sessionMinutes();
    }

    private LocalDate today(Turn turn) {
        return LocalDate.now(clock.withZone(turn.account().zone()));
    }

    private InlineKeyboardMarkup calendar(Turn turn, LocalDate anyDayOfMonth) {
        LocalDate today = today(turn);
        YearMonth first = YearMonth.from(today);
        YearMonth month = YearMonth.from(anyDayOfMonth);
        if (month.isBefore(first) || month.isAfter(first.plusMonths(MONTHS_AHEAD))) {
            month = first;
        }
        InlineKeyboardMarkup days = MonthCalendar.of(month, turn.language(), d -> !d.isBefore(today),
                month.isAfter(first) ? month.minusMonths(1) : null,
                month.isBefore(first.plusMonths(MONTHS_AHEAD)) ? month.plusMonths(1) : null, ShowMonth::new, PickDay::new);
        return Keyboards.withRow(days, Keyboards.button(turn.t("dialog.cancel"), new CancelDialog(name())));
    }

    private static Set<DayOfWeek> chosenDays(Conversation conversation) {
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
            String name = day.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, turn.language().locale());
            buttons.add(Keyboards.button((chosen.contains(day) ? "✅ " : "") + name, new ToggleWeekday(day)));
        }
        return Keyboards.withRow(Keyboards.grid(buttons, 4),
                Keyboards.button(turn.t("dialog.next"), new WeekdaysDone()),
                Keyboards.button(turn.t("dialog.cancel"), new CancelDialog("newslot")));
    }
}
