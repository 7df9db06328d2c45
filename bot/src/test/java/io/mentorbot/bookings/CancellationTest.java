package io.mentorbot.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.mentorbot.bookings.ChangeOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling: the student within the change window, the mentor up to the start; nobody else at all. */
@RecordApplicationEvents
class CancellationTest extends BookingFixtures {

    private static final Duration START = days(1);

    @Autowired
    private ApplicationEvents events;

    private long mentor;
    private long student;
    private long slot;
    private long booking;

    @BeforeEach
    void aConfirmedBookingForTomorrow() {
        mentor = freeMentor("Olena");
        student = student("Taras", null);
        slot = slot(mentor, START);
        booking = booked(student, slot);
    }

    @Test
    void aStudentCancellingOutsideTheWindowFreesTheSlot() {
        ChangeOutcome outcome = desk.cancelByStudent(booking, student, "  Fell ill  ");

        assertThat(outcome.result()).isEqualTo(Result.DONE);
        assertThat(outcome.booking().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(outcome.booking().cancelReason()).isEqualTo("Fell ill");
        assertThat(slotStatus(slot)).isEqualTo("FREE");
        assertThat(jdbc.sql("SELECT cancelled_by FROM bookings WHERE id = ?").param(booking).query(Long.class)
                .single()).isEqualTo(student);
        assertThat(jdbc.sql("SELECT cancelled_at FROM bookings WHERE id = ?").param(booking)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(NOW);
        assertThat(events.stream(BookingCancelled.class)).containsExactly(new BookingCancelled(booking,
                BookingCancelled.By.STUDENT, student, "Fell ill", BookingStatus.CONFIRMED));
        assertThat(desk.book(student("Next", null), slot, null).booked()).isTrue();
    }

    @Test
    void aStudentMayCancelRightAtTheStartOfTheWindow() {
        clock.setTo(startsAt().minus(hours(12)));

        assertThat(desk.cancelByStudent(booking, student, null).result()).isEqualTo(Result.DONE);
    }

    @Test
    void aStudentCannotCancelInsideTheWindowAndIsToldTheWindow() {
        clock.setTo(startsAt().minus(hours(12)).plusSeconds(1));

        ChangeOutcome outcome = desk.cancelByStudent(booking, student, null);

        assertThat(outcome.result()).isEqualTo(Result.TOO_LATE);
        assertThat(outcome.limit()).isEqualTo(hours(12));
        assertThat(outcome.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
        assertThat(events.stream(BookingCancelled.class)).isEmpty();
    }

    @Test
    void aStudentMayDropAnUnpaidHoldEvenInsideTheWindow() {
        long paidSlot = slot(paidMentor("Ivan", 10_000, "UAH"), hours(3));
        long held = booked(student, paidSlot);

        assertThat(desk.cancelByStudent(held, student, null).result()).isEqualTo(Result.DONE);
        assertThat(slotStatus(paidSlot)).isEqualTo("FREE");
    }

    @Test
    void cancellingACancelledBookingSaysItIsNoLongerActive() {
        desk.cancelByStudent(booking, student, null);

        assertThat(desk.cancelByStudent(booking, student, null).result()).isEqualTo(Result.NOT_ACTIVE);
        assertThat(desk.cancelByMentor(booking, mentor, null, false).result()).isEqualTo(Result.NOT_ACTIVE);
    }

    @Test
    void anotherStudentCannotCancelSomeoneElsesBooking() {
        ChangeOutcome outcome = desk.cancelByStudent(booking, student("Mallory", null), null);

        assertThat(outcome.result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(outcome.booking()).isNull();
        assertThat(bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(desk.cancelByStudent(777_777, student, null).result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
    }

    @Test
    void theMentorCanCancelInsideTheWindowAndFreeTheSlot() {
        clock.setTo(startsAt().minus(hours(1)));

        ChangeOutcome outcome = desk.cancelByMentor(booking, mentor, "Emergency", false);

        assertThat(outcome.result()).isEqualTo(Result.DONE);
        assertThat(outcome.booking().cancelReason()).isEqualTo("Emergency");
        assertThat(slotStatus(slot)).isEqualTo("FREE");
        assertThat(jdbc.sql("SELECT cancelled_by FROM bookings WHERE id = ?").param(booking).query(Long.class)
                .single()).isEqualTo(mentor);
        assertThat(events.stream(BookingCancelled.class)).containsExactly(new BookingCancelled(booking,
                BookingCancelled.By.MENTOR, mentor, "Emergency", BookingStatus.CONFIRMED));
    }

    @Test
    void theMentorCanCancelAndBlockTheSlot() {
        assertThat(desk.cancelByMentor(booking, mentor, null, true).done()).isTrue();

        assertThat(slotStatus(slot)).isEqualTo("BLOCKED");
        assertThat(bookingStatus(booking)).isEqualTo("CANCELLED");
    }

    @Test
    void theMentorCannotCancelOnceTheSessionHasStarted() {
        clock.setTo(startsAt());

        ChangeOutcome outcome = desk.cancelByMentor(booking, mentor, null, false);

        assertThat(outcome.result()).isEqualTo(Result.TOO_LATE);
        assertThat(outcome.limit()).isEqualTo(Duration.ZERO);
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
    }

    @Test
    void anotherMentorOrTheStudentCannotCancelAsTheMentor() {
        long otherMentor = freeMentor("Ivan");

        assertThat(desk.cancelByMentor(booking, otherMentor, null, true).result())
                .isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(desk.cancelByMentor(booking, student, null, true).result())
                .isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
    }

    @Test
    void theMentorCannotCancelAsTheStudent() {
        assertThat(desk.cancelByStudent(booking, mentor, null).result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
    }

    @Test
    void aVeryLongReasonIsCutRatherThanRefused() {
        desk.cancelByStudent(booking, student, "why ".repeat(200));

        assertThat(desk.find(booking).orElseThrow().cancelReason()).hasSize(BookingDesk.REASON_MAX_LENGTH);
    }

    private Instant startsAt() {
        return NOW.plus(START);
    }
}
