package io.mentorbot.bookings;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.mentorbot.bookings.BookingOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Booking a slot: what a successful booking stores, and every reason a booking is refused. */
@RecordApplicationEvents
class BookingTest extends BookingFixtures {

    @Autowired
    private ApplicationEvents events;
    @Autowired
    private PlatformTransactionManager transactions;

    private long mentor;
    private long student;

    @BeforeEach
    void aFreeMentorAndAStudent() {
        mentor = freeMentor("Olena");
        student = student("Taras", "taras");
    }

    @Test
    void bookingAFreeMentorsSlotConfirmsItAtOnceAndMarksTheSlotBooked() {
        long slot = slot(mentor, days(1));

        BookingOutcome outcome = desk.book(student, slot, "  Let's talk about Kotlin  ");

        assertThat(outcome.result()).isEqualTo(Result.BOOKED);
        BookingView booking = outcome.booking();
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.slotId()).isEqualTo(slot);
        assertThat(booking.mentorId()).isEqualTo(mentor);
        assertThat(booking.studentId()).isEqualTo(student);
        assertThat(booking.startsAt()).isEqualTo(NOW.plus(days(1)));
        assertThat(booking.endsAt()).isEqualTo(NOW.plus(days(1)).plus(hours(1)));
        assertThat(booking.note()).isEqualTo("Let's talk about Kotlin");
        assertThat(booking.mentorName()).isEqualTo("Olena");
        assertThat(booking.studentName()).isEqualTo("Taras");
        assertThat(booking.studentUsername()).isEqualTo("taras");
        assertThat(booking.priceMinor()).isZero();
        assertThat(booking.holdUntil()).isNull();
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
        assertThat(jdbc.sql("SELECT confirmed_at FROM bookings WHERE id = ?").param(booking.id())
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(NOW);
        assertThat(events.stream(BookingConfirmed.class)).extracting(BookingConfirmed::bookingId)
                .containsExactly(booking.id());
    }

    @Test
    void aMentorWithoutAProfileIsNotListedAndCannotBeBooked() {
        long slot = slot(mentorWithoutProfile("Ivan"), days(1));

        assertRefused(slot, null, Result.MENTOR_UNAVAILABLE, "FREE");
    }

    @Test
    void bookingTheSameSlotAgainSaysItIsAlreadyYoursAndStoresNothingNew() {
        long slot = slot(mentor, days(1));
        long first = booked(student, slot);

        BookingOutcome again = desk.book(student, slot, null);

        assertThat(again.result()).isEqualTo(Result.ALREADY_YOURS);
        assertThat(again.booking().id()).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void aSlotAnotherStudentHoldsIsRefusedAsTaken() {
        long slot = slot(mentor, days(1));
        booked(student("Other", null), slot);

        assertThat(desk.book(student, slot, null).result()).isEqualTo(Result.SLOT_TAKEN);
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void aBlockedSlotIsRefusedAsTaken() {
        long slot = slot(mentor, days(1), "BLOCKED");

        assertRefused(slot, null, Result.SLOT_TAKEN, "BLOCKED");
    }

    @Test
    void aSlotInsideTheMinimumNoticeIsRefusedTooSoonWithTheNotice() {
        long slot = slot(mentor, hours(2).minusMinutes(1));

        BookingOutcome outcome = assertRefused(slot, null, Result.TOO_SOON, "FREE");

        assertThat(outcome.limit()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aSlotExactlyAtTheMinimumNoticeCanBeBooked() {
        assertThat(desk.book(student, slot(mentor, hours(2)), null).booked()).isTrue();
    }

    @Test
    void aSlotThatHasStartedIsRefusedTooSoon() {
        assertRefused(slot(mentor, Duration.ofMinutes(-30)), null, Result.TOO_SOON, "FREE");
    }

    @Test
    void aSlotBeyondTheHorizonIsRefusedTooFarWithTheHorizon() {
        long slot = slot(mentor, days(60).plusMinutes(1));

        BookingOutcome outcome = assertRefused(slot, null, Result.TOO_FAR, "FREE");

        assertThat(outcome.limit()).isEqualTo(days(60));
        assertThat(desk.book(student, slot(freeMentor("Ivan"), days(60)), null).booked()).isTrue();
    }

    @Test
    void anUnknownOrCancelledSlotIsNotFound() {
        assertThat(desk.book(student, 424242, null).result()).isEqualTo(Result.NOT_FOUND);
        assertRefused(slot(mentor, days(1), "CANCELLED"), null, Result.NOT_FOUND, "CANCELLED");
    }

    @Test
    void aMentorCannotBookTheirOwnSlot() {
        long slot = slot(mentor, days(1));

        BookingOutcome outcome = desk.book(mentor, slot, null);

        assertThat(outcome.result()).isEqualTo(Result.OWN_SLOT);
        assertThat(slotStatus(slot)).isEqualTo("FREE");
    }

    @Test
    void aMentorWhoStoppedMentoringPausedLeftWasBlockedOrIsUnlistedCannotBeBooked() {
        long slot = slot(mentor, days(1));
        for (String change : new String[] {"is_mentor = false", "paused = true", "deleted = true", "blocked = true",
                "listed = false"}) {
            update("UPDATE users SET is_mentor = true, paused = false, deleted = false, blocked = false WHERE id = ?",
                    mentor);
            update("UPDATE mentor_profiles SET listed = true WHERE user_id = ?", mentor);
            update(change.startsWith("listed") ? "UPDATE mentor_profiles SET " + change + " WHERE user_id = ?"
                    : "UPDATE users SET " + change + " WHERE id = ?", mentor);

            assertRefused(slot, null, Result.MENTOR_UNAVAILABLE, "FREE");
        }
    }

    @Test
    void aNoteLongerThan500CharactersIsRefusedAndOneOf500IsKept() {
        long slot = slot(mentor, days(1));

        assertRefused(slot, "x".repeat(501), Result.NOTE_TOO_LONG, "FREE");
        assertThat(desk.book(student, slot, "x".repeat(500)).booking().note()).hasSize(500);
    }

    @Test
    void refusalsLeaveTheCallersTransactionUsable() {
        long taken = slot(mentor, days(1), "BLOCKED");
        long tooSoon = slot(mentor, hours(1));
        long wanted = slot(mentor, days(2));

        Long booking = new TransactionTemplate(transactions).execute(tx -> {
            assertThat(desk.book(student, taken, null).result()).isEqualTo(Result.SLOT_TAKEN);
            assertThat(desk.book(student, tooSoon, null).result()).isEqualTo(Result.TOO_SOON);
            assertThat(desk.book(student, 999_999, null).result()).isEqualTo(Result.NOT_FOUND);
            assertThat(desk.confirmPayment(999_999, student).confirmed()).isFalse();
            assertThat(desk.cancelByStudent(999_999, student, null).done()).isFalse();
            assertThat(tx.isRollbackOnly()).isFalse();
            return desk.book(student, wanted, null).booking().id();
        });

        assertThat(bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(slotStatus(wanted)).isEqualTo("BOOKED");
    }

    private BookingOutcome assertRefused(long slot, String note, Result expected, String slotStatusAfter) {
        BookingOutcome outcome = desk.book(student, slot, note);
        assertThat(outcome.result()).isEqualTo(expected);
        assertThat(outcome.booking()).isNull();
        assertThat(slotStatus(slot)).isEqualTo(slotStatusAfter);
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", slot)).isZero();
        return outcome;
    }
}
