package io.mentorbot.telegram.booking;

import io.mentorbot.telegram.callback.CallbackAction.AddNote;
import io.mentorbot.telegram.callback.CallbackAction.ConfirmBooking;
import io.mentorbot.telegram.callback.CallbackAction.PayBooking;
import io.mentorbot.telegram.callback.CallbackAction.PickSlot;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** Picking a time, adding a note, confirming and paying. The booking desk re-checks everything the button says. */
final class BookingButtons {

    private BookingButtons() {
    }

    @Component
    static class Pick implements ButtonHandler<PickSlot> {
        private final BookingScreens screens;

        Pick(BookingScreens screens) {
            this.screens = screens;
        }

        @Override
        public Class<PickSlot> action() {
            return PickSlot.class;
        }

        @Override
        public void handle(Turn turn, PickSlot action) {
            screens.confirmation(turn, action.slotId(), null);
        }
    }

    @Component
    static class Note implements ButtonHandler<AddNote> {
        private final BookingScreens screens;

        Note(BookingScreens screens) {
            this.screens = screens;
        }

        @Override
        public Class<AddNote> action() {
            return AddNote.class;
        }

        @Override
        public void handle(Turn turn, AddNote action) {
            screens.askNote(turn, action.slotId());
        }
    }

    @Component
    static class Confirm implements ButtonHandler<ConfirmBooking> {
        private final BookingScreens screens;

        Confirm(BookingScreens screens) {
            this.screens = screens;
        }

        @Override
        public Class<ConfirmBooking> action() {
            return ConfirmBooking.class;
        }

        @Override
        public void handle(Turn turn, ConfirmBooking action) {
            screens.book(turn, action.slotId());
        }
    }

    @Component
    static class Pay implements ButtonHandler<PayBooking> {
        private final BookingScreens screens;

        Pay(BookingScreens screens) {
            this.screens = screens;
        }

        @Override
        public Class<PayBooking> action() {
            return PayBooking.class;
        }

        @Override
        public void handle(Turn turn, PayBooking action) {
            screens.pay(turn, action.bookingId());
        }
    }
}
