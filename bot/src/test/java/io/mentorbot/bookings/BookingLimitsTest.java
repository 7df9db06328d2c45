package io.mentorbot.bookings;

import io.mentorbot.bookings.BookingOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student holds at most five upcoming bookings, at most two with one mentor (the defaults). */
class BookingLimitsTest extends BookingFixtures {

    private long student;
    private long olena;
    private long petro;
    private long iryna;

    @BeforeEach
    void aStudentAndThreeMentors() {
        student = student("Taras", null);
        olena = freeMentor("Olena");
        petro = freeMentor("Petro");
        iryna = paidMentor("Iryna", 50_000, "UAH");
    }

    @Test
    void aStudentWithFiveUpcomingBookingsCannotBookASixthAndNothingChanges() {
        booked(student, slot(olena, days(1)));
        booked(student, slot(olena, days(2)));
        booked(student, slot(petro, days(1).plus(hours(2))));
        booked(student, slot(petro, days(2).plus(hours(2))));
        booked(student, slot(iryna, days(3))); // awaiting payment counts too
        long sixth = slot(iryna, days(4));

        BookingOutcome outcome = desk.book(student, sixth, null);

        assertThat(outcome.result()).isEqualTo(Result.STUDENT_LIMIT);
        assertThat(outcome.maxActive()).isEqualTo(5);
        assertThat(slotStatus(sixth)).isEqualTo("FREE");
        assertThat(count("SELECT count(*) FROM bookings WHERE student_id = ?", student)).isEqualTo(5);
    }

    @Test
    void aThirdUpcomingBookingWithTheSameMentorIsRefusedWhileAnotherMentorCanStillBeBooked() {
        booked(student, slot(olena, days(1)));
        booked(student, slot(olena, days(2)));
        long third = slot(olena, days(3));

        BookingOutcome outcome = desk.book(student, third, null);

        assertThat(outcome.result()).isEqualTo(Result.MENTOR_LIMIT);
        assertThat(outcome.maxActive()).isEqualTo(2);
        assertThat(slotStatus(third)).isEqualTo("FREE");
        assertThat(desk.book(student, slot(petro, days(3)), null).booked()).isTrue();
        assertThat(desk.book(student("Another", null), third, null).booked()).as("the limit is the student's").isTrue();
    }

    @Test
    void cancelledAndEndedBookingsDoNotCount() {
        long cancelled = booked(student, slot(olena, days(1)));
        desk.cancelByStudent(cancelled, student, "changed my mind");
        booked(student, slot(olena, days(2)));
        long past = slot(olena, hours(-3));
        update("UPDATE slots SET status = 'BOOKED' WHERE id = ?", past);
        update("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'CONFIRMED')", past, student);

        assertThat(desk.book(student, slot(olena, days(3)), null).booked()).isTrue();
    }

    @Test
    void reschedulingAtTheLimitIsNotANewBooking() {
        long booking = booked(student, slot(olena, days(1)));
        booked(student, slot(olena, days(2)));
        long later = slot(olena, days(3));

        ChangeOutcome moved = desk.reschedule(booking, student, later);

        assertThat(moved.result()).isEqualTo(ChangeOutcome.Result.DONE);
        assertThat(bookingSlot(booking)).isEqualTo(later);
    }
}
