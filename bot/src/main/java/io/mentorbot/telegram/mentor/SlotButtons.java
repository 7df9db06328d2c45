package io.mentorbot.telegram.mentor;

import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.CommandLine;
import io.mentorbot.telegram.dialog.Dialogs;
import io.mentorbot.telegram.dialog.LeaveQuestion;
import io.mentorbot.telegram.mentor.SlotAction.AddSlots;
import io.mentorbot.telegram.mentor.SlotAction.ChangeSlot;
import io.mentorbot.telegram.mentor.SlotAction.NewSlotMode;
import io.mentorbot.telegram.mentor.SlotAction.OpenSlot;
import io.mentorbot.telegram.mentor.SlotAction.PickDay;
import io.mentorbot.telegram.mentor.SlotAction.PickWeeks;
import io.mentorbot.telegram.mentor.SlotAction.ShowMonth;
import io.mentorbot.telegram.mentor.SlotAction.SlotsPage;
import io.mentorbot.telegram.mentor.SlotAction.ToggleWeekday;
import io.mentorbot.telegram.mentor.SlotAction.WeekdaysDone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A mentor's slot buttons: the steps of {@code /newslot} (answered by the dialog the chat is in) and the
 * {@code /myslots} list (open a slot, change it, turn the page). Each re-checks the presser.
 */
@Configuration(proxyBeanMethods = false)
class SlotButtons {

    @Bean
    ButtonHandler<NewSlotMode> newSlotModeButton(Dialogs dialogs) {
        return ButtonHandler.of(NewSlotMode.VERB, dialogs::press);
    }

    /**
     * "Add more" under a report starts the planner as {@code /newslot} would: a dialog with unsaved input open
     * meanwhile is asked about first, never dropped by an old report's button.
     */
    @Bean
    ButtonHandler<AddSlots> addSlotsButton(NewSlotDialog planner, LeaveQuestion question) {
        return ButtonHandler.of(AddSlots.VERB, (turn, pressed) -> {
            if (!question.asks(turn, CommandLine.parse("/newslot"))) {
                planner.again(turn);
            }
        });
    }

    @Bean
    ButtonHandler<ShowMonth> showMonthButton(Dialogs dialogs) {
        return ButtonHandler.of(ShowMonth.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<PickDay> pickDayButton(Dialogs dialogs) {
        return ButtonHandler.of(PickDay.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<ToggleWeekday> toggleWeekdayButton(Dialogs dialogs) {
        return ButtonHandler.of(ToggleWeekday.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<WeekdaysDone> weekdaysDoneButton(Dialogs dialogs) {
        return ButtonHandler.of(WeekdaysDone.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<PickWeeks> pickWeeksButton(Dialogs dialogs) {
        return ButtonHandler.of(PickWeeks.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<OpenSlot> openSlotButton(MySlotsCommand list) {
        return ButtonHandler.of(OpenSlot.VERB, (turn, a) -> list.open(turn, a.slotId()));
    }

    @Bean
    ButtonHandler<ChangeSlot> changeSlotButton(MySlotsCommand list) {
        return ButtonHandler.of(ChangeSlot.VERB, list::change);
    }

    @Bean
    ButtonHandler<SlotsPage> slotsPageButton(MySlotsCommand list) {
        return ButtonHandler.of(SlotsPage.VERB, list::page);
    }
}
