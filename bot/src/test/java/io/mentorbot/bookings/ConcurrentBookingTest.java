package io.mentorbot.bookings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mentorbot.bookings.BookingOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests at the same moment: exactly one booking of a slot gets through, and no student passes their limits. */
class ConcurrentBookingTest extends BookingFixtures {

    private long mentor;
    private long slot;

    @BeforeEach
    void aMentorWithOneFreeSlot() {
        mentor = freeMentor("Olena");
        slot = slot(mentor, days(1));
    }

    @Test
    void fiftyStudentsBookingTheSameSlotAtOnceLeaveExactlyOneConfirmedBooking() throws Exception {
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            students.add(student("Student" + i, null));
        }

        List<BookingOutcome> outcomes = runTogether(students.stream()
                .map(student -> (Callable<BookingOutcome>) () -> desk.book(student, slot, null)).toList());

        assertThat(outcomes).filteredOn(BookingOutcome::booked).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.result() == Result.SLOT_TAKEN).hasSize(49);
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED' AND slot_id = ?", slot)).isOne();
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
        long winner = outcomes.stream().filter(BookingOutcome::booked).findFirst().orElseThrow().booking().studentId();
        assertThat(desk.activeForSlot(slot).orElseThrow().studentId()).isEqualTo(winner);
    }

    @Test
    void pressingConfirmSeveralTimesAtOnceMakesOneBooking() throws Exception {
        long student = student("Taras", null);
        List<Callable<BookingOutcome>> presses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            presses.add(() -> desk.book(student, slot, "hello"));
        }

        List<BookingOutcome> outcomes = runTogether(presses);

        assertThat(outcomes).filteredOn(BookingOutcome::booked).hasSize(1);
        long booking = outcomes.stream().filter(BookingOutcome::booked).findFirst().orElseThrow().booking().id();
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked()).allSatisfy(outcome -> {
            assertThat(outcome.result()).isEqualTo(Result.ALREADY_YOURS);
            assertThat(outcome.booking().id()).isEqualTo(booking);
        });
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void aRescheduleRacingBookingsForItsNewSlotMovesWholeOrNotAtAll() throws Exception {
        long student = student("Taras", null);
        long oldSlot = slot(mentor, days(2));
        long booking = booked(student, oldSlot);
        List<Callable<Object>> requests = new ArrayList<>();
        requests.add(() -> desk.reschedule(booking, student, slot));
        for (int i = 0; i < 10; i++) {
            long rival = student("Rival" + i, null);
            requests.add(() -> desk.book(rival, slot, null));
        }

        List<Object> outcomes = runTogether(requests);

        ChangeOutcome moved = (ChangeOutcome) outcomes.get(0);
        assertThat(moved.result()).isIn(ChangeOutcome.Result.DONE, ChangeOutcome.Result.SLOT_TAKEN);
        long winners = outcomes.stream().skip(1).filter(o -> ((BookingOutcome) o).booked()).count();
        assertThat(winners).isEqualTo(moved.done() ? 0 : 1);
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", slot)).isOne();
        assertThat(bookingSlot(booking)).isEqualTo(moved.done() ? slot : oldSlot);
        assertThat(slotStatus(oldSlot)).isEqualTo(moved.done() ? "FREE" : "BOOKED");
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
    }

    @Test
    void oneStudentBookingTwelveTimesAtOnceNeverHoldsMoreThanTheLimit() throws Exception {
        long student = student("Taras", null);
        List<Callable<BookingOutcome>> presses = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            long other = freeMentor("Mentor" + m);
            for (int d = 2; d <= 3; d++) {
                long wanted = slot(other, days(d));
                presses.add(() -> desk.book(student, wanted, null));
            }
        }

        List<BookingOutcome> outcomes = runTogether(presses);

        assertThat(outcomes).filteredOn(BookingOutcome::booked).hasSize(5);
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked())
                .allSatisfy(outcome -> assertThat(outcome.result()).isEqualTo(Result.STUDENT_LIMIT));
        assertThat(count("SELECT count(*) FROM bookings WHERE student_id = ?", student)).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'BOOKED'")).isEqualTo(5);
    }

    @Test
    void oneStudentBookingSixTimesOfOneMentorAtOnceGetsTwo() throws Exception {
        long student = student("Taras", null);
        List<Callable<BookingOutcome>> presses = new ArrayList<>();
        for (int d = 2; d <= 7; d++) {
            long wanted = slot(mentor, days(d));
            presses.add(() -> desk.book(student, wanted, null));
        }

        List<BookingOutcome> outcomes = runTogether(presses);

        assertThat(outcomes).filteredOn(BookingOutcome::booked).hasSize(2);
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked())
                .allSatisfy(outcome -> assertThat(outcome.result()).isEqualTo(Result.MENTOR_LIMIT));
        assertThat(count("SELECT count(*) FROM bookings WHERE student_id = ?", student)).isEqualTo(2);
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS)); // an exception in any request fails the test here
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
