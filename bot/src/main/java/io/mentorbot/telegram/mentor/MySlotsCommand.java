package io.mentorbot.telegram.mentor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.calendarlink.MentorBusyTimes;
import io.mentorbot.slots.SlotBoard;
import io.mentorbot.slots.SlotOutcome;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import io.mentorbot.telegram.mentor.SlotAction.ChangeSlot;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import io.mentorbot.telegram.mentor.SlotAction.OpenSlot;
import io.mentorbot.telegram.mentor.SlotAction.SlotChange;
import io.mentorbot.telegram.mentor.SlotAction.SlotsPage;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /myslots}: the mentor's upcoming slots grouped by day with their status, a page at a time; a slot's
 * button opens it to block, unblock or delete. Every press re-checks that the slot is the presser's.
 */
@Component
class MySlotsCommand implements CommandHandler {

    static final int PAGE = 10;
    private static final int HORIZON = 500;

    private final SlotBoard board;
    private final SlotTimetable timetable;
    private final BookingDesk bookings;
    private final MentorBusyTimes busyTimes;

    MySlotsCommand(SlotBoard board, SlotTimetable timetable, BookingDesk bookings, MentorBusyTimes busyTimes) {
        this.board = board;
        this.timetable = timetable;
        this.bookings = bookings;
        this.busyTimes = busyTimes;
    }

    @Override
    public String name() {
        return "myslots";
    }

    @Override
    public Audience audience() {
        return Audience.MENTOR;
    }

    @Override
    public void handle(Turn turn, String args) {
        showPage(turn, 0);
    }

    void showPage(Turn turn, int page) {
        List<SlotView> slots = board.upcoming(turn.account().id(), HORIZON);
        if (slots.isEmpty()) {
            turn.show(turn.t("myslots.none"), null);
            return;
        }
        int pages = (slots.size() + PAGE - 1) / PAGE;
        int current = Math.max(0, Math.min(page, pages - 1));
        List<SlotView> shown = slots.subList(current * PAGE, Math.min(slots.size(), (current + 1) * PAGE));
        ZoneId zone = turn.account().zone();
        // Free slots that clash with the mentor's own Google Calendar are hidden from students: say so.
        MentorBusyTimes.Busy busy = busyTimes.between(turn.account().id(), shown.get(0).startsAt(),
                shown.get(shown.size() - 1).endsAt());
        StringBuilder text = new StringBuilder(turn.t("myslots.title", slots.size(), zone.getId()));
        LocalDate day = null;
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (SlotView slot : shown) {
            LocalDate slotDay = slot.startsAt().atZone(zone).toLocalDate();
            if (!slotDay.equals(day)) {
                day = slotDay;
                text.append("\n\n").append(Times.day(day, turn.language()));
            }
            text.append("\n").append(line(turn, slot, zone));
            if (slot.status() == SlotStatus.FREE && busy.clashes(slot.startsAt(), slot.endsAt())) {
                text.append(" · ").append(turn.t("myslots.hidden-busy"));
            }
            buttons.add(Keyboards.button(icon(slot) + " " + Times.dayTime(slot.startsAt(), zone, turn.language()),
                    new OpenSlot(slot.id())));
        }
        InlineKeyboardMarkup keyboard = Keyboards.grid(buttons, 2);
        if (pages > 1) {
            text.append("\n\n").append(turn.t("myslots.page", current + 1, pages));
            List<InlineKeyboardButton> nav = new ArrayList<>();
            if (current > 0) {
                nav.add(Keyboards.button("◀", new SlotsPage(current - 1)));
            }
            if (current < pages - 1) {
                nav.add(Keyboards.button("▶", new SlotsPage(current + 1)));
            }
            keyboard = Keyboards.withRow(keyboard, nav.toArray(InlineKeyboardButton[]::new));
        }
        turn.show(text.toString(), keyboard);
    }

    static String line(Turn turn, SlotView slot, ZoneId zone) {
        String span = Times.span(slot.startsAt(), slot.endsAt(), zone);
        return icon(slot) + " " + span + " " + switch (slot.status()) {
            case FREE -> turn.t("slot.status.free");
            case BOOKED -> turn.t("slot.status.booked", slot.studentName() == null ? "?" : slot.studentName());
            case BLOCKED -> turn.t("slot.status.blocked");
            case CANCELLED -> turn.t("slot.status.cancelled");
        };
    }

    private static String icon(SlotView slot) {
        return switch (slot.status()) {
            case FREE -> "🟢";
            case BOOKED -> "🔵";
            case BLOCKED -> "⛔";
            case CANCELLED -> "✖";
        };
    }

    void open(Turn turn, long slotId) {
        Optional<SlotView> found = timetable.find(slotId).filter(s -> s.mentorId() == turn.account().id());
        if (!turn.account().isMentor() || found.isEmpty()) {
            turn.refuse("another's slot", "myslots.not-yours");
            return;
        }
        SlotView slot = found.get();
        ZoneId zone = turn.account().zone();
        String text = Times.day(slot.startsAt().atZone(zone).toLocalDate(), turn.language()) + "\n"
                + line(turn, slot, zone);
        List<InlineKeyboardButton> actions = new ArrayList<>();
        if (slot.status() == SlotStatus.FREE) {
            actions.add(Keyboards.button(turn.t("myslots.block"), new ChangeSlot(slotId, SlotChange.BLOCK)));
        }
        if (slot.status() == SlotStatus.BLOCKED) {
            actions.add(Keyboards.button(turn.t("myslots.unblock"), new ChangeSlot(slotId, SlotChange.UNBLOCK)));
        }
        if (slot.status() == SlotStatus.FREE || slot.status() == SlotStatus.BLOCKED) {
            actions.add(Keyboards.button(turn.t("myslots.delete"), new ChangeSlot(slotId, SlotChange.DELETE)));
        }
        if (slot.status() == SlotStatus.BOOKED) {
            text += "\n\n" + turn.t("myslots.booked-hint");
            bookings.activeForSlot(slotId).ifPresent(booking -> actions.add(
                    Keyboards.button(turn.t("myslots.cancel-booking"), new MentorCancel(booking.id()))));
        }
        actions.add(Keyboards.button(turn.t("myslots.back"), new SlotsPage(0)));
        turn.show(text, Keyboards.grid(actions, 2));
    }

    void page(Turn turn, SlotsPage action) {
        if (!turn.account().isMentor()) {
            turn.refuse("another's slot", "myslots.not-yours");
            return;
        }
        showPage(turn, action.page());
    }

    void change(Turn turn, ChangeSlot action) {
        if (!turn.account().isMentor()) {
            turn.refuse("another's slot", "myslots.not-yours");
            return;
        }
        long me = turn.account().id();
        SlotOutcome outcome = switch (action.change()) {
            case BLOCK -> board.block(me, action.slotId());
            case UNBLOCK -> board.unblock(me, action.slotId());
            case DELETE -> board.deleteFree(me, action.slotId());
        };
        switch (outcome) {
            case DONE -> turn.notice(turn.t("myslots.done." + action.change().name().toLowerCase()));
            case NOT_FOUND_OR_NOT_YOURS -> {
                turn.refuse("another's slot", "myslots.not-yours");
                return;
            }
            case WRONG_STATUS -> turn.alert(turn.t("myslots.changed-meanwhile"));
        }
        showPage(turn, 0);
    }
}
