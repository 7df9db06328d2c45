package io.mentorbot.telegram.mentor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.mentorbot.telegram.callback.Args;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The buttons of a mentor's slots: planning new ones ({@code /newslot}) and the list ({@code /myslots}). */
public sealed interface SlotAction extends CallbackAction {

    /** How a new slot is planned: one day, or weekly. */
    record NewSlotMode(boolean weekly) implements SlotAction {
        public static final Verb<NewSlotMode> VERB = Verb.of("ns", 1, NewSlotMode.class,
                args -> new NewSlotMode(args.flag(0, "week", "day")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(weekly ? "week" : "day"); }
    }

    /** "Add more" under a report of new slots: the planner starts again. */
    record AddSlots() implements SlotAction {
        public static final Verb<AddSlots> VERB = Verb.of("nsa", AddSlots.class, new AddSlots());

        public String verb() { return VERB.name(); }
    }

    /** Shows a month of the inline calendar. */
    record ShowMonth(YearMonth month) implements SlotAction {
        public static final Verb<ShowMonth> VERB = Verb.of("mon", 1, ShowMonth.class,
                args -> new ShowMonth(YearMonth.parse(args.text(0))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(month.toString()); }
    }

    /** Picks a day on the inline calendar. */
    record PickDay(LocalDate day) implements SlotAction {
        public static final Verb<PickDay> VERB = Verb.of("day", 1, PickDay.class,
                args -> new PickDay(LocalDate.parse(args.text(0))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(day.toString()); }
    }

    record ToggleWeekday(DayOfWeek day) implements SlotAction {
        public static final Verb<ToggleWeekday> VERB = Verb.of("wd", 1, ToggleWeekday.class,
                args -> new ToggleWeekday(DayOfWeek.of(args.number(0))));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Integer.toString(day.getValue())); }
    }

    record WeekdaysDone() implements SlotAction {
        public static final Verb<WeekdaysDone> VERB = Verb.of("wdd", WeekdaysDone.class, new WeekdaysDone());

        public String verb() { return VERB.name(); }
    }

    record PickWeeks(int weeks) implements SlotAction {
        public static final Verb<PickWeeks> VERB = Verb.of("wk", 1, PickWeeks.class,
                args -> new PickWeeks(args.number(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Integer.toString(weeks)); }
    }

    /** Opens one of the mentor's slots. */
    record OpenSlot(long slotId) implements SlotAction {
        public static final Verb<OpenSlot> VERB = Verb.of("sl", 1, OpenSlot.class, args -> new OpenSlot(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId)); }
    }

    /** A mentor's action on one slot. */
    record ChangeSlot(long slotId, SlotChange change) implements SlotAction {
        public static final Verb<ChangeSlot> VERB = Verb.of("sa", 2, ChangeSlot.class,
                args -> new ChangeSlot(args.id(0), args.constant(1, SlotChange.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(slotId), Args.of(change)); }
    }

    /** A page of the mentor's slot list. */
    record SlotsPage(int page) implements SlotAction {
        public static final Verb<SlotsPage> VERB = Verb.of("sp", 1, SlotsPage.class,
                args -> new SlotsPage(args.number(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Integer.toString(page)); }
    }

    /**
     * A mentor cancels a booked session (a reason and the slot's fate follow). Drawn on the mentor's slot list, answered
     * by the booking side, which depends on this package: so the action lives here.
     */
    record MentorCancel(long bookingId) implements SlotAction {
        public static final Verb<MentorCancel> VERB = Verb.of("mc", 1, MentorCancel.class,
                args -> new MentorCancel(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    enum SlotChange { BLOCK, UNBLOCK, DELETE }
}
