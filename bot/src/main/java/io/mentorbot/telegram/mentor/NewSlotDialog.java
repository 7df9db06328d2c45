package io.mentorbot.telegram.mentor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotPlanningException;
import io.mentorbot.slots.SlotRequest;
import io.mentorbot.telegram.callback.CallbackAction;
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
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/**
 * {@code /newslot}: one day (calendar, then a start time or a range) or weekly (weekdays, a range, a number of
 * weeks). Power users type it in one line: {@code /newslot 23.12 18:00}, {@code /newslot tomorrow 18:00-21:00},
 * {@code /newslot 9am} (the next 9:00).
 * Times are the mentor's local times; what was created and what was skipped (and why) is reported.
 */
@Component
class NewSlotDialog implements CommandHandler, Dialog {

    enum Step { MODE, DAY, TIMES, WEEKDAYS, RANGE, WEEKS }

    private final ConversationStore conversations;
    private final SlotPlanner planner;
    private final MentorProfiles profiles;
    private final NewSlotScreens screens;
    private final Clock clock;

    NewSlotDialog(ConversationStore conversations, SlotPlanner planner, MentorProfiles profiles,
                  NewSlotScreens screens, Clock clock) {
        this.conversations = conversations;
        this.planner = planner;
        this.profiles = profiles;
        this.screens = screens;
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
        return conversation.step(Step.class) != Step.MODE
                || !QuestionScreen.without(conversation).draft().isEmpty();
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
        Conversation conversation = Conversation.start(turn.chatId(), name(), Step.MODE);
        screens.show(turn, conversation);
        conversations.save(QuestionScreen.remember(turn, conversation));
    }

    /** "Add more" under a report: the planner starts again on that screen. */
    void again(Turn turn) {
        if (!turn.account().isMentor()) {
            turn.refuse("/newslot", "command.forbidden.mentor", "/newslot");
            return;
        }
        handle(turn, "");
    }

    @Override
    public void resume(Turn turn, Conversation conversation) {
        screens.show(turn, conversation);
        QuestionScreen.moved(turn, conversation, conversations);
    }

    private void oneLine(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        LocalDate today = screens.today(turn);
        Optional<LocalDate> day = TimeInput.date(parts[0], today);
        Optional<TimeInput.Span> span = day.isEmpty() ? TimeInput.span(args)
                : parts.length == 2 ? TimeInput.span(parts[1]) : Optional.empty();
        if (span.isEmpty()) {
            usage(turn, today);
            return;
        }
        plan(turn, null, day.orElseGet(() -> nextDayAt(turn, today, span.get().from())), span.get());
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
        Conversation next = null;
        if (step == Step.MODE && action instanceof NewSlotMode mode) {
            next = conversation.at(mode.weekly() ? Step.WEEKDAYS : Step.DAY);
        } else if (step == Step.DAY && action instanceof ShowMonth show) {
            next = conversation.with("month", show.month().toString());
        } else if (step == Step.DAY && action instanceof PickDay pick) {
            if (pick.day().isBefore(screens.today(turn))) {
                turn.alert(turn.t("newslot.problem.in-past"));
                return true;
            }
            next = conversation.with("day", pick.day().toString()).at(Step.TIMES);
        } else if (step == Step.WEEKDAYS && action instanceof ToggleWeekday toggle) {
            Set<DayOfWeek> days = NewSlotScreens.chosenDays(conversation);
            if (!days.remove(toggle.day())) {
                days.add(toggle.day());
            }
            next = conversation.with("days", days.stream().map(d -> Integer.toString(d.getValue()))
                    .collect(Collectors.joining(",")));
        } else if (step == Step.WEEKDAYS && action instanceof WeekdaysDone) {
            if (NewSlotScreens.chosenDays(conversation).isEmpty()) {
                turn.alert(turn.t("newslot.problem.no-weekday"));
                return true;
            }
            next = conversation.at(Step.RANGE);
        } else if (step == Step.WEEKS && action instanceof PickWeeks weeks) {
            planWeekly(turn, conversation, weeks.weeks());
            return true;
        }
        if (next == null) {
            return false;
        }
        screens.show(turn, next);
        conversations.save(QuestionScreen.remember(turn, next));
        return true;
    }

    @Override
    public void onMessage(Turn turn, Conversation conversation, Input input) {
        switch (conversation.step(Step.class)) {
            case TIMES -> TimeInput.span(input.text()).ifPresentOrElse(
                    span -> plan(turn, conversation, LocalDate.parse(conversation.draft().get("day")), span),
                    () -> turn.reply(turn.t("newslot.times.invalid")));
            case RANGE -> TimeInput.span(input.text()).filter(s -> s.to() != null).ifPresentOrElse(span -> {
                turn.reply(turn.t("newslot.weeks"), screens.weeks(turn));
                conversations.save(QuestionScreen.remember(turn, conversation.with("from", span.from().toString())
                        .with("to", span.to().toString()).at(Step.WEEKS)));
            }, () -> turn.reply(turn.t("newslot.range.invalid")));
            default -> turn.reply(turn.t("newslot.use-buttons"));
        }
    }

    /** Plans one day; {@code asked} is the dialog that asked for the times, null for a one-line command. */
    private void plan(Turn turn, Conversation asked, LocalDate day, TimeInput.Span span) {
        long me = turn.account().id();
        int minutes = sessionMinutes(me);
        SlotRequest request = span.to() == null
                ? SlotRequest.single(me, turn.account().zone(), minutes, day, span.from())
                : SlotRequest.range(me, turn.account().zone(), minutes, day, span.from(), span.to());
        try {
            String report = SlotReports.result(turn, planner.plan(request));
            conversations.clear(turn.chatId());
            if (asked != null) {
                QuestionScreen.answered(turn, asked);
            }
            turn.reply(report, NewSlotScreens.afterReport(turn));
        } catch (SlotPlanningException refused) {
            turn.reply(SlotReports.problem(turn, refused)); // the step stays: the mentor can send other times
        }
    }

    /** The weeks were picked on the screen: the report, or why nothing was made and the weeks again, replace it. */
    private void planWeekly(Turn turn, Conversation conversation, int weeks) {
        long me = turn.account().id();
        try {
            String report = SlotReports.result(turn, planner.plan(SlotRequest.weekly(me, turn.account().zone(),
                    sessionMinutes(me), NewSlotScreens.chosenDays(conversation),
                    LocalTime.parse(conversation.draft().get("from")), LocalTime.parse(conversation.draft().get("to")),
                    screens.today(turn), weeks)));
            conversations.clear(turn.chatId());
            turn.show(report, NewSlotScreens.afterReport(turn));
        } catch (SlotPlanningException refused) {
            turn.show(SlotReports.problem(turn, refused) + "\n\n" + turn.t("newslot.weeks"), screens.weeks(turn));
            conversations.save(QuestionScreen.remember(turn, conversation));
        }
    }

    private int sessionMinutes(long mentorId) {
        profiles.ensureExists(mentorId);
        return profiles.find(mentorId).orElseThrow().sessionMinutes();
    }
}
