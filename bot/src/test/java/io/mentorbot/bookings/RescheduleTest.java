package io.mentorbot.bookings;

import io.mentorbot.bookings.ChangeOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving a booking to another free slot of the same mentor, all at once or not at all. */
@RecordApplicationEvents
class RescheduleTest extends BookingFixtures {

    @Autowired
    private ApplicationEvents events;

    private long mentor;
    private long student;
    private long oldSlot;
    private long newSlot;
    private long booking;

    @BeforeEach
    void aBookingAndAnotherFreeSlotOfTheSameMentor() {
        mentor = freeMentor("Olena");
        student = student("Taras", null);
        oldSlot = slot(mentor, days(2));
        newSlot = slot(mentor, days(3));
        booking = booked(student, oldSlot);
    }

    @Test
    void reschedulingMovesTheBookingAndFreesTheOldSlot() {
        ChangeOutcome outcome = desk.reschedule(booking, student, newSlot);

        assertThat(outcome.result()).isEqualTo(Result.DONE);
        assertThat(outcome.booking().id()).isEqualTo(booking);
        assertThat(outcome.booking().slotId()).isEqualTo(newSlot);
        assertThat(outcome.booking().startsAt()).isEqualTo(NOW.plus(days(3)));
        assertThat(outcome.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(slotStatus(newSlot)).isEqualTo("BOOKED");
        assertThat(slotStatus(oldSlot)).isEqualTo("FREE");
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
        assertThat(events.stream(BookingRescheduled.class))
                .containsExactly(new BookingRescheduled(booking, student, oldSlot, newSlot, NOW.plus(days(2))));
        assertThat(desk.book(student("Next", null), oldSlot, null).booked()).isTrue();
    }

    @Test
    void aNewSlotSomeoneElseTookFirstIsRefusedAndNothingChanges() {
        long rival = student("Rival", null);
        long rivalBooking = booked(rival, newSlot);

        ChangeOutcome outcome = desk.reschedule(booking, student, newSlot);

        assertThat(outcome.result()).isEqualTo(Result.SLOT_TAKEN);
        assertThat(outcome.booking().slotId()).isEqualTo(oldSlot);
        assertThat(bookingSlot(booking)).isEqualTo(oldSlot);
        assertThat(slotStatus(oldSlot)).isEqualTo("BOOKED");
        assertThat(desk.activeForSlot(newSlot).orElseThrow().id()).isEqualTo(rivalBooking);
        assertThat(events.stream(BookingRescheduled.class)).isEmpty();
    }

    @Test
    void aBlockedNewSlotIsRefusedAsTaken() {
        update("UPDATE slots SET status = 'BLOCKED' WHERE id = ?", newSlot);

        assertThat(desk.reschedule(booking, student, newSlot).result()).isEqualTo(Result.SLOT_TAKEN);
        assertThat(slotStatus(newSlot)).isEqualTo("BLOCKED");
    }

    @Test
    void aSlotOfAnotherMentorOrAnUnknownSlotIsNotFound() {
        long elsewhere = slot(freeMentor("Ivan"), days(3));

        assertThat(desk.reschedule(booking, student, elsewhere).result()).isEqualTo(Result.SLOT_NOT_FOUND);
        assertThat(desk.reschedule(booking, student, 555_555).result()).isEqualTo(Result.SLOT_NOT_FOUND);
        assertThat(slotStatus(elsewhere)).isEqualTo("FREE");
        assertThat(bookingSlot(booking)).isEqualTo(oldSlot);
    }

    @Test
    void theBookingsOwnSlotIsNoNewTime() {
        assertThat(desk.reschedule(booking, student, oldSlot).result()).isEqualTo(Result.SAME_SLOT);
        assertThat(slotStatus(oldSlot)).isEqualTo("BOOKED");
    }

    @Test
    void theNewSlotFollowsTheBookingRulesForNoticeAndHorizon() {
        long tooSoon = slot(mentor, hours(1));
        long tooFar = slot(mentor, days(61));

        ChangeOutcome soon = desk.reschedule(booking, student, tooSoon);
        ChangeOutcome far = desk.reschedule(booking, student, tooFar);

        assertThat(soon.result()).isEqualTo(Result.TOO_SOON);
        assertThat(soon.limit()).isEqualTo(hours(2));
        assertThat(far.result()).isEqualTo(Result.TOO_FAR);
        assertThat(far.limit()).isEqualTo(days(60));
        assertThat(slotStatus(tooSoon)).isEqualTo("FREE");
        assertThat(slotStatus(tooFar)).isEqualTo("FREE");
        assertThat(bookingSlot(booking)).isEqualTo(oldSlot);
    }

    @Test
    void theChangeWindowAppliesToTheOldTime() {
        clock.setTo(NOW.plus(days(2)).minus(hours(11)));

        ChangeOutcome outcome = desk.reschedule(booking, student, newSlot);

        assertThat(outcome.result()).isEqualTo(Result.TOO_LATE);
        assertThat(outcome.limit()).isEqualTo(hours(12));
        assertThat(slotStatus(newSlot)).isEqualTo("FREE");
        assertThat(bookingSlot(booking)).isEqualTo(oldSlot);
    }

    @Test
    void anotherStudentCannotRescheduleSomeoneElsesBooking() {
        ChangeOutcome outcome = desk.reschedule(booking, student("Mallory", null), newSlot);

        assertThat(outcome.result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(outcome.booking()).isNull();
        assertThat(slotStatus(newSlot)).isEqualTo("FREE");
        assertThat(bookingSlot(booking)).isEqualTo(oldSlot);
    }

    @Test
    void aCancelledBookingCannotBeRescheduled() {
        desk.cancelByStudent(booking, student, null);

        assertThat(desk.reschedule(booking, student, newSlot).result()).isEqualTo(Result.NOT_ACTIVE);
        assertThat(slotStatus(newSlot)).isEqualTo("FREE");
    }
}
