package io.mentorbot.telegram.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.slots.SlotBoard;
import io.mentorbot.slots.SlotOversight;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.slots.SlotView;
import io.mentorbot.telegram.admin.AdminAction.AdminBooking;
import io.mentorbot.telegram.admin.AdminAction.AdminBookingAct;
import io.mentorbot.telegram.admin.AdminAction.AdminMentor;
import io.mentorbot.telegram.admin.AdminAction.AdminMentorAct;
import io.mentorbot.telegram.admin.AdminAction.AdminSlot;
import io.mentorbot.telegram.admin.AdminAction.AdminSlotAct;
import io.mentorbot.telegram.admin.AdminAction.AdminSlots;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's slots: one mentor's slots a day at a time (the day of the admin's own calendar, times in the admin's
 * zone), and one slot's card with block, unblock and delete. Changes are the core's ({@link SlotOversight}: checked,
 * conditional, audited), so a slot booked a moment earlier is never blocked or deleted; a booked slot leads to its
 * booking instead. Admins only, checked on every press.
 */
@Component
class ConsoleSlots {

    private final SlotBoard board;
    private final MentorProfiles profiles;
    private final BookingDesk bookings;
    private final SlotOversight oversight;

    ConsoleSlots(SlotBoard board, MentorProfiles profiles, BookingDesk bookings, SlotOversight oversight) {
        this.board = board;
        this.profiles = profiles;
        this.bookings = bookings;
        this.oversight = oversight;
    }

    void day(Turn turn, AdminSlots action) {
        Optional<MentorProfile> mentor = profiles.find(action.mentorId());
        if (mentor.isEmpty()) {
            turn.alert(turn.t("console.gone"));
            return;
        }
        ZoneId zone = turn.account().zone();
        LocalDate day = action.day();
        List<SlotView> slots = board.between(action.mentorId(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (SlotView slot : slots) {
            buttons.add(Keyboards.button(Times.span(slot.startsAt(), slot.endsAt(), zone) + " · " + status(turn, slot),
                    new AdminSlot(slot.id(), AdminSlotAct.OPEN)));
        }
        String title = turn.t("console.slots.title", mentor.get().name(), Times.day(day, turn.language()),
                zone.getId());
        String text = slots.isEmpty() ? title + "\n\n" + turn.t("console.slots.none") : title;
        turn.show(text, Keyboards.withRow(Keyboards.withRow(Keyboards.grid(buttons, 1),
                        Keyboards.button("◀ " + Times.day(day.minusDays(1), turn.language()),
                                new AdminSlots(action.mentorId(), day.minusDays(1))),
                        Keyboards.button(Times.day(day.plusDays(1), turn.language()) + " ▶",
                                new AdminSlots(action.mentorId(), day.plusDays(1)))),
                Keyboards.button(turn.t("console.back"), new AdminMentor(action.mentorId(), AdminMentorAct.OPEN))));
    }

    private static String status(Turn turn, SlotView slot) {
        return slot.status() == SlotStatus.BOOKED && slot.studentName() != null
                ? turn.t("slot.status.booked", slot.studentName())
                : turn.t("slot.status." + slot.status().name().toLowerCase(Locale.ROOT));
    }

    void slot(Turn turn, AdminSlot action) {
        Optional<SlotView> found = board.find(action.slotId());
        if (found.isEmpty()) {
            turn.alert(turn.t("console.slot.gone"));
            return;
        }
        SlotView slot = found.get();
        ZoneId zone = turn.account().zone();
        LocalDate day = slot.startsAt().atZone(zone).toLocalDate();
        long adminId = turn.account().id();
        switch (action.act()) {
            case OPEN -> {
            }
            case BLOCK -> report(turn, oversight.block(adminId, slot.id()), "console.slot.blocked");
            case UNBLOCK -> report(turn, oversight.unblock(adminId, slot.id()), "console.slot.unblocked");
            case DELETE -> {
                if (report(turn, oversight.delete(adminId, slot.id()), "console.slot.deleted")) {
                    day(turn, new AdminSlots(slot.mentorId(), day));
                    return;
                }
            }
        }
        show(turn, board.find(slot.id()).orElse(slot), day);
    }

    /** Announces a change that was made; a refused one is explained. Whether it was made. */
    private static boolean report(Turn turn, SlotOversight.Result result, String doneKey) {
        switch (result) {
            case DONE -> turn.notice(turn.t(doneKey));
            case NOT_POSSIBLE -> turn.alert(turn.t("console.slot.refused"));
            case NOT_ADMIN -> turn.refuse("admin console", "admin.only");
        }
        return result == SlotOversight.Result.DONE;
    }

    private void show(Turn turn, SlotView slot, LocalDate day) {
        ZoneId zone = turn.account().zone();
        String mentor = profiles.find(slot.mentorId()).map(MentorProfile::name).orElse("#" + slot.mentorId());
        String text = turn.t("console.slot.card", mentor,
                Times.dayTime(slot.startsAt(), zone, turn.language()) + "–" + Times.time(slot.endsAt(), zone),
                zone.getId(), status(turn, slot));
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        switch (slot.status()) {
            case FREE -> {
                buttons.add(Keyboards.button(turn.t("myslots.block"), new AdminSlot(slot.id(), AdminSlotAct.BLOCK)));
                buttons.add(Keyboards.button(turn.t("myslots.delete"), new AdminSlot(slot.id(), AdminSlotAct.DELETE)));
            }
            case BLOCKED -> {
                buttons.add(Keyboards.button(turn.t("myslots.unblock"), new AdminSlot(slot.id(), AdminSlotAct.UNBLOCK)));
                buttons.add(Keyboards.button(turn.t("myslots.delete"), new AdminSlot(slot.id(), AdminSlotAct.DELETE)));
            }
            case BOOKED -> bookings.activeForSlot(slot.id()).ifPresent(booking -> buttons.add(Keyboards.button(
                    turn.t("console.slot.booking"), new AdminBooking(booking.id(), AdminBookingAct.OPEN))));
            default -> {
            }
        }
        buttons.add(Keyboards.button(turn.t("console.back"), new AdminSlots(slot.mentorId(), day)));
        turn.show(text, Keyboards.grid(buttons, 2));
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminSlotsButton(ConsoleSlots slots) {
            return AdminConsole.guarded(AdminSlots.VERB, slots::day);
        }

        @Bean
        ButtonHandler<?> adminSlotButton(ConsoleSlots slots) {
            return AdminConsole.guarded(AdminSlot.VERB, slots::slot);
        }
    }
}
