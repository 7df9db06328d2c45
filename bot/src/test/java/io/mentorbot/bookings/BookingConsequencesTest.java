package io.mentorbot.bookings;

import io.mentorbot.bookings.ChangeOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a booking's changes cause is the work of their events' listeners, not of the screen that asked for them: a
 * booking, a cancellation or a move made by calling the desk directly (as a second front end would) tells the other
 * side through the outbox and is audited, in the same transaction.
 */
class BookingConsequencesTest extends BookingFixtures {

    private long mentor;
    private long student;
    private long slot;

    @BeforeEach
    void aMentorAndAStudentWhoUseTheBot() {
        jdbc.sql("DELETE FROM admin_audit WHERE action = 'cancel-booking'").update();
        mentor = freeMentor("Olena");
        student = student("Taras", "taras");
        jdbc.sql("UPDATE users SET chat_id = telegram_id").update();
        slot = slot(mentor, days(2));
    }

    @Test
    void aBookingMadeWithoutAnyScreenStillTellsTheMentor() {
        long booking = booked(student, slot);

        assertThat(bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(noticesTo(mentor, "New booking")).isOne();
        assertThat(noticesTo(student, "")).isZero();
    }

    @Test
    void aStudentsCancellationTellsTheMentorWithTheReason() {
        long booking = booked(student, slot);

        desk.cancelByStudent(booking, student, "Fell ill");

        assertThat(noticesTo(mentor, "Fell ill")).isOne();
    }

    @Test
    void anAdminsCancellationTellsBothSidesAndIsAuditedInTheSameTransaction() {
        long booking = booked(student, slot);
        long admin = student("Admin", null);
        update("UPDATE users SET is_admin = true WHERE id = ?", admin);

        ChangeOutcome outcome = desk.cancelByAdmin(booking, admin, "Mentor on sick leave");

        assertThat(outcome.result()).isEqualTo(Result.DONE);
        assertThat(noticesTo(student, "Mentor on sick leave")).isOne();
        assertThat(noticesTo(mentor, "Mentor on sick leave")).isOne();
        assertThat(jdbc.sql("SELECT admin_id || ' ' || target || ' ' || before || ' -> ' || after FROM admin_audit"
                        + " WHERE action = 'cancel-booking'").query(String.class).list())
                .containsExactly(admin + " booking:" + booking
                        + " status=CONFIRMED -> status=CANCELLED, reason=Mentor on sick leave");
    }

    @Test
    void someoneTheDatabaseDoesNotHoldForAnAdminCannotCancelAsOne() {
        long booking = booked(student, slot);

        ChangeOutcome outcome = desk.cancelByAdmin(booking, student, "Not an admin");

        assertThat(outcome.result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(bookingStatus(booking)).isEqualTo("CONFIRMED");
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'cancel-booking'")).isZero();
        assertThat(noticesTo(mentor, "Not an admin")).isZero();
    }

    @Test
    void aMoveMadeWithoutAnyScreenTellsTheMentorAndSendsBothSidesTheUpdatedCalendarFile() {
        long booking = booked(student, slot);
        long later = slot(mentor, days(3));

        desk.reschedule(booking, student, later);

        assertThat(count("SELECT count(*) FROM telegram_outbox o JOIN users u ON u.chat_id = o.chat_id"
                + " WHERE u.id = ? AND o.method = 'sendmessage' AND o.payload LIKE '%moved%'", mentor)).isOne();
        assertThat(filesTo(student)).isOne();
        assertThat(filesTo(mentor)).as("with the new booking, then its update").isEqualTo(2);
    }

    /** Outbox messages to the account's chat that are not texts (the calendar files). */
    private long filesTo(long accountId) {
        return count("SELECT count(*) FROM telegram_outbox o JOIN users u ON u.chat_id = o.chat_id"
                + " WHERE u.id = ? AND o.method <> 'sendmessage'", accountId);
    }

    /** Outbox messages to the account's chat whose payload contains the text. */
    private long noticesTo(long accountId, String text) {
        return count("SELECT count(*) FROM telegram_outbox o JOIN users u ON u.chat_id = o.chat_id"
                + " WHERE u.id = ? AND o.payload LIKE ?", accountId, "%" + text + "%");
    }
}
