package io.mentorbot.telegram.booking;

import io.mentorbot.telegram.callback.CallbackAction.AddNote;
import io.mentorbot.telegram.callback.CallbackAction.ConfirmBooking;
import io.mentorbot.telegram.callback.CallbackAction.MentorDay;
import io.mentorbot.telegram.callback.CallbackAction.MentorMonth;
import io.mentorbot.telegram.callback.CallbackAction.OpenMentor;
import io.mentorbot.telegram.callback.CallbackAction.PayBooking;
import io.mentorbot.telegram.callback.CallbackAction.PickSlot;
import io.mentorbot.telegram.callback.CallbackAction.Reschedule;
import io.mentorbot.telegram.callback.CallbackAction.RescheduleDay;
import io.mentorbot.telegram.callback.CallbackAction.RescheduleMonth;
import io.mentorbot.telegram.callback.CallbackAction.RescheduleTo;
import io.mentorbot.telegram.dialog.ButtonHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons of the booking screens, each sent to the screen that answers it. */
@Configuration(proxyBeanMethods = false)
class BookingButtons {

    @Bean
    ButtonHandler<?> openMentorButton(MentorBrowser browser) {
        return ButtonHandler.of(OpenMentor.class, (turn, a) -> browser.card(turn, a.mentorId()));
    }

    @Bean
    ButtonHandler<?> mentorMonthButton(MentorBrowser browser) {
        return ButtonHandler.of(MentorMonth.class, (turn, a) -> browser.month(turn, a.mentorId(), a.month()));
    }

    @Bean
    ButtonHandler<?> mentorDayButton(MentorBrowser browser) {
        return ButtonHandler.of(MentorDay.class, (turn, a) -> browser.day(turn, a.mentorId(), a.day()));
    }

    @Bean
    ButtonHandler<?> pickSlotButton(BookingScreens screens) {
        return ButtonHandler.of(PickSlot.class, (turn, a) -> screens.confirmation(turn, a.slotId(), null));
    }

    @Bean
    ButtonHandler<?> addNoteButton(BookingScreens screens) {
        return ButtonHandler.of(AddNote.class, (turn, a) -> screens.askNote(turn, a.slotId()));
    }

    @Bean
    ButtonHandler<?> confirmBookingButton(BookingScreens screens) {
        return ButtonHandler.of(ConfirmBooking.class, (turn, a) -> screens.book(turn, a.slotId()));
    }

    @Bean
    ButtonHandler<?> payButton(BookingScreens screens) {
        return ButtonHandler.of(PayBooking.class, (turn, a) -> screens.pay(turn, a.bookingId()));
    }

    @Bean
    ButtonHandler<?> rescheduleButton(Rescheduling rescheduling) {
        return ButtonHandler.of(Reschedule.class, rescheduling::start);
    }

    @Bean
    ButtonHandler<?> rescheduleMonthButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleMonth.class, rescheduling::month);
    }

    @Bean
    ButtonHandler<?> rescheduleDayButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleDay.class, rescheduling::day);
    }

    @Bean
    ButtonHandler<?> rescheduleToButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleTo.class, rescheduling::move);
    }
}
