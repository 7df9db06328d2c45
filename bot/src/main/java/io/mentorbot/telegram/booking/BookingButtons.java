package io.mentorbot.telegram.booking;

import java.util.Set;

import io.mentorbot.telegram.booking.BookingAction.AddNote;
import io.mentorbot.telegram.booking.BookingAction.BackToMyConsultations;
import io.mentorbot.telegram.booking.BookingAction.CancelBooking;
import io.mentorbot.telegram.booking.BookingAction.CancelFromList;
import io.mentorbot.telegram.booking.BookingAction.ConfirmBooking;
import io.mentorbot.telegram.booking.BookingAction.ListMentors;
import io.mentorbot.telegram.booking.BookingAction.ListTopics;
import io.mentorbot.telegram.booking.BookingAction.MentorCancelRelease;
import io.mentorbot.telegram.booking.BookingAction.MentorDay;
import io.mentorbot.telegram.booking.BookingAction.MentorMonth;
import io.mentorbot.telegram.booking.BookingAction.OpenMentor;
import io.mentorbot.telegram.booking.BookingAction.PayBooking;
import io.mentorbot.telegram.booking.BookingAction.PickSlot;
import io.mentorbot.telegram.booking.BookingAction.Reschedule;
import io.mentorbot.telegram.booking.BookingAction.RescheduleAsk;
import io.mentorbot.telegram.booking.BookingAction.RescheduleDay;
import io.mentorbot.telegram.booking.BookingAction.RescheduleFromList;
import io.mentorbot.telegram.booking.BookingAction.RescheduleMonth;
import io.mentorbot.telegram.booking.BookingAction.RescheduleTo;
import io.mentorbot.telegram.booking.BookingAction.ShowMyConsultations;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Dialogs;
import io.mentorbot.telegram.dialog.QuestionScreen;
import io.mentorbot.telegram.mentor.SlotAction.MentorCancel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The buttons of the booking screens, each sent to the screen that answers it. */
@Configuration(proxyBeanMethods = false)
class BookingButtons {

    /** The dialogs "◀ My consultations" leaves: the cancellations that ask for a reason. */
    private static final Set<String> LEFT_BY_BACK = Set.of(StudentCancellation.NAME, MentorCancellation.NAME);

    @Bean
    ButtonHandler<?> openMentorButton(MentorBrowser browser) {
        return ButtonHandler.of(OpenMentor.VERB, (turn, a) -> browser.card(turn, a.mentorId()));
    }

    @Bean
    ButtonHandler<?> mentorMonthButton(MentorBrowser browser) {
        return ButtonHandler.of(MentorMonth.VERB, (turn, a) -> browser.month(turn, a.mentorId(), a.month()));
    }

    @Bean
    ButtonHandler<?> mentorDayButton(MentorBrowser browser) {
        return ButtonHandler.of(MentorDay.VERB, (turn, a) -> browser.day(turn, a.mentorId(), a.day()));
    }

    @Bean
    ButtonHandler<?> pickSlotButton(BookingScreens screens) {
        return ButtonHandler.of(PickSlot.VERB, (turn, a) -> screens.confirmation(turn, a.slotId(), null));
    }

    @Bean
    ButtonHandler<?> addNoteButton(BookingScreens screens) {
        return ButtonHandler.of(AddNote.VERB, (turn, a) -> screens.askNote(turn, a.slotId()));
    }

    @Bean
    ButtonHandler<?> confirmBookingButton(BookingScreens screens) {
        return ButtonHandler.of(ConfirmBooking.VERB, (turn, a) -> screens.book(turn, a.slotId()));
    }

    @Bean
    ButtonHandler<?> payButton(BookingScreens screens) {
        return ButtonHandler.of(PayBooking.VERB, (turn, a) -> screens.pay(turn, a.bookingId()));
    }

    @Bean
    ButtonHandler<?> rescheduleButton(Rescheduling rescheduling) {
        return ButtonHandler.of(Reschedule.VERB, rescheduling::start);
    }

    @Bean
    ButtonHandler<?> rescheduleMonthButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleMonth.VERB, rescheduling::month);
    }

    @Bean
    ButtonHandler<?> rescheduleDayButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleDay.VERB, rescheduling::day);
    }

    @Bean
    ButtonHandler<?> rescheduleAskButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleAsk.VERB, rescheduling::ask);
    }

    @Bean
    ButtonHandler<?> rescheduleToButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleTo.VERB, rescheduling::move);
    }

    @Bean
    ButtonHandler<?> listMentorsButton(Catalog catalog) {
        return ButtonHandler.of(ListMentors.VERB, catalog::press);
    }

    @Bean
    ButtonHandler<?> listTopicsButton(Catalog catalog) {
        return ButtonHandler.of(ListTopics.VERB, (turn, a) -> catalog.topics(turn));
    }

    @Bean
    ButtonHandler<?> rescheduleFromListButton(Rescheduling rescheduling) {
        return ButtonHandler.of(RescheduleFromList.VERB, rescheduling::startHere);
    }

    /** A confirmation's or a reminder's cancel: the question comes as a new message, that screen stays. */
    @Bean
    ButtonHandler<?> cancelBookingButton(StudentCancellation cancellation) {
        return ButtonHandler.of(CancelBooking.VERB, (turn, a) -> cancellation.press(turn, a.bookingId(), false));
    }

    @Bean
    ButtonHandler<?> cancelFromListButton(StudentCancellation cancellation) {
        return ButtonHandler.of(CancelFromList.VERB, (turn, a) -> cancellation.press(turn, a.bookingId(), true));
    }

    @Bean
    ButtonHandler<?> showMyConsultationsButton(MyConsultations consultations) {
        return ButtonHandler.of(ShowMyConsultations.VERB, (turn, a) -> consultations.show(turn));
    }

    /**
     * Back to the list in the pressed message. A cancellation waiting for its reason is left (nothing typed is
     * lost), its question removed if it was another message; any other dialog stays as it is.
     */
    @Bean
    ButtonHandler<?> backToMyConsultationsButton(MyConsultations consultations, Dialogs dialogs,
                                                  ConversationStore conversations) {
        return ButtonHandler.of(BackToMyConsultations.VERB, (turn, a) -> {
            turn.conversation().filter(c -> LEFT_BY_BACK.contains(c.dialog()))
                    .filter(c -> dialogs.current(turn).filter(d -> !d.hasUnsavedInput(c)).isPresent())
                    .ifPresent(c -> {
                        conversations.clear(turn.chatId());
                        QuestionScreen.answered(turn, c);
                    });
            consultations.show(turn, true);
        });
    }

    @Bean
    ButtonHandler<?> mentorCancelButton(MentorCancellation cancellation) {
        return ButtonHandler.of(MentorCancel.VERB, cancellation::press);
    }

    /** The slot's fate after a mentor's cancellation: a step of that dialog. */
    @Bean
    ButtonHandler<?> mentorCancelReleaseButton(Dialogs dialogs) {
        return ButtonHandler.of(MentorCancelRelease.VERB, dialogs::press);
    }
}
