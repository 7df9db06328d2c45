package io.mentorbot.bookings;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What students and mentors see of their bookings. */
class BookingQueriesTest extends BookingFixtures {

    private long mentor;
    private long student;

    @BeforeEach
    void aMentorAndAStudent() {
        mentor = freeMentor("Olena");
        student = student("Taras", "taras");
    }

    @Test
    void aStudentSeesUpcomingBookingsSoonestFirstAndPastOnesNewestFirst() {
        long cancelled = booked(student, slot(mentor, days(4)));
        desk.cancelByStudent(cancelled, student, "changed plans");
        long later = booked(student, slot(mentor, days(5)));
        long sooner = booked(student, slot(mentor, days(3)));
        long finished = booked(student, slot(freeMentor("Ivan"), hours(3))); // two upcoming with Olena are the most
        clock.setTo(NOW.plus(hours(4).plusMinutes(1))); // the first session has ended

        assertThat(ids(desk.forStudent(student, true, 10))).containsExactly(sooner, later);
        assertThat(ids(desk.forStudent(student, false, 10))).containsExactly(cancelled, finished);
        assertThat(ids(desk.forStudent(student, true, 1))).containsExactly(sooner);
    }

    @Test
    void aSessionUnderWayIsStillUpcoming() {
        long booking = booked(student, slot(mentor, hours(3)));
        clock.setTo(NOW.plus(hours(3).plusMinutes(30)));

        assertThat(ids(desk.forStudent(student, true, 10))).containsExactly(booking);
        assertThat(desk.forStudent(student, false, 10)).isEmpty();
    }

    @Test
    void aMentorSeesTheirActiveUpcomingBookingsOnly() {
        long other = student("Other", null);
        long second = booked(other, slot(mentor, days(2)));
        long first = booked(student, slot(mentor, days(1)));
        long cancelled = booked(student, slot(mentor, days(3)));
        desk.cancelByMentor(cancelled, mentor, null, false);
        booked(student, slot(freeMentor("Ivan"), days(1)));

        List<BookingView> bookings = desk.forMentor(mentor, 10);

        assertThat(ids(bookings)).containsExactly(first, second);
        assertThat(bookings.get(0).studentName()).isEqualTo("Taras");
        assertThat(bookings.get(0).mentorName()).isEqualTo("Olena");
    }

    @Test
    void clientsAreCountedByTheirSessionsWithTheMentorLeavingCancelledOnesOut() {
        long other = student(null, "anon");
        long cancelled = booked(student, slot(mentor, days(3)));
        desk.cancelByStudent(cancelled, student, null);
        booked(student, slot(mentor, days(1)));
        booked(student, slot(mentor, days(2)));
        booked(other, slot(mentor, days(4)));
        booked(other, slot(freeMentor("Ivan"), days(1)));

        List<Client> clients = desk.clientsOf(mentor);

        assertThat(clients).containsExactly(
                new Client(other, "@anon", "anon", 1, NOW.plus(days(4))),
                new Client(student, "Taras", "taras", 2, NOW.plus(days(2))));
        assertThat(desk.clientsOf(other)).isEmpty();
    }

    @Test
    void theActiveBookingOfASlotIsFoundAndACancelledOneIsNot() {
        long slot = slot(mentor, days(1));
        assertThat(desk.activeForSlot(slot)).isEmpty();
        long booking = booked(student, slot);

        assertThat(desk.activeForSlot(slot).orElseThrow().id()).isEqualTo(booking);
        desk.cancelByStudent(booking, student, null);
        assertThat(desk.activeForSlot(slot)).isEmpty();
        assertThat(desk.find(booking).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(desk.find(123_456)).isEmpty();
    }

    private static List<Long> ids(List<BookingView> bookings) {
        return bookings.stream().map(BookingView::id).toList();
    }
}
