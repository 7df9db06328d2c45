package io.mentorbot.telegram.booking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.bookings.BookingDesk;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After the booking: paying, moving, cancelling by the mentor, the mentor's students. Clock: Mon 15 Mar 2027. */
class ManageBookingFlowTest extends BotFlowTest {

    @Autowired
    BookingDesk bookings;

    private SimulatedUser mentor;
    private SimulatedUser john;
    private long mentorId;
    private long evening;
    private long later;

    @BeforeEach
    void aMentorWithTwoFreeTimesAndAStudent() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        evening = slotAt("2027-03-20T16:00:00Z");
        later = slotAt("2027-03-20T17:00:00Z");
        john = telegram.user(901, "John", "Smith", "johnny", "en");
    }

    @Test
    void aPaidSessionIsHeldUntilThePaymentAndThenConfirmed() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH'").update();
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + evening);
        assertThat(john.chat().last().text()).contains("the session costs 500 UAH", "held for you for 15 minutes");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'PENDING_PAYMENT'")).isOne();

        CallbackAnswer paid = press(john, "💳 Pay");

        assertThat(paid.text()).isEqualTo("Payment received: your booking is confirmed.");
        assertThat(john.chat().last().document()).isNotNull();
        assertThat(john.chat().messages()).filteredOn(m -> m.text() != null
                && (m.text().contains("Booked! ✅") || m.text().contains("Payment received"))).hasSize(1);
        assertThat(lastNotice(mentor).text()).contains("New booking", "John Smith (@johnny)", "Paid: 500.00 UAH.");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void anUnpaidHoldExpiresReleasesTheTimeAndTellsTheStudent() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH'").update();
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + evening);

        clock.setTo(Instant.parse("2027-03-15T10:16:00Z"));
        bookings.expireHolds();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(john.chat().last().text())
                .contains("was released because the payment was not completed"));
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", evening)).isOne();
        CallbackAnswer late = press(john, "💳 Pay");
        assertThat(late.text()).contains("hold on this time has expired");
    }

    @Test
    void aStudentMovesTheSessionToAnotherFreeTimeOfTheSameMentor() {
        String booked = book();
        send(john, "/my");

        press(john, "🔁 Reschedule Sat 20 Mar 18:00");
        press(john, "20");
        assertThat(john.chat().last().buttonTexts()).containsExactly("19:00", "◀ Other days");
        press(john, "19:00");
        assertThat(john.chat().last().text()).isEqualTo("Move from Sat 20 Mar 18:00 to Sat 20 Mar 19:00 (Europe/Kyiv)?");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", evening)).isOne();
        press(john, "✅ Move");

        assertThat(beforeLast(john).text()).isEqualTo(
                "Moved: your session from Sat 20 Mar 18:00 is now on Sat 20 Mar 19:00 (Europe/Kyiv).");
        // The calendar file again: the same event (UID), a later version of it, at the new time.
        BotMessage update = john.chat().last();
        assertThat(update.text()).startsWith("The session has moved: open this file");
        assertThat(ics(update)).contains(uid(booked), "SEQUENCE:1\r\n", "METHOD:PUBLISH", "STATUS:CONFIRMED",
                "DTSTART:20270320T170000Z", "DTEND:20270320T180000Z");
        assertThat(booked).contains("SEQUENCE:0\r\n");
        assertThat(lastNotice(mentor).text()).contains("John Smith moved their session from Sat 20 Mar 18:00 to Sat 20 Mar 19:00");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", later)).isOne();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", evening)).isOne();
    }

    @Test
    void reschedulingInsideThePolicyWindowIsRefusedAndExplained() {
        book();
        clock.setTo(Instant.parse("2027-03-20T08:00:00Z"));
        long booking = count("SELECT id FROM bookings");
        BotMessage any = send(john, "/help");

        CallbackAnswer answer = pressData(john, any.messageId(), "v1:rt:" + booking + ":" + later);

        assertThat(answer.text()).contains("too late to reschedule online", "12 hours");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", evening)).isOne();
    }

    @Test
    void nobodyCanMoveSomeoneElsesBooking() {
        book();
        long booking = count("SELECT id FROM bookings");
        SimulatedUser mallory = user(907, "Mallory", "en");
        BotMessage own = send(mallory, "/start");

        CallbackAnswer answer = pressData(mallory, own.messageId(), "v1:rt:" + booking + ":" + later);
        CallbackAnswer asMentor = pressData(mallory, own.messageId(), "v1:mc:" + booking);

        assertThat(answer.text()).isEqualTo("This booking isn't yours, or it no longer exists.");
        assertThat(asMentor.text()).isEqualTo("This booking isn't yours, or it no longer exists.");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", evening)).isOne();
    }

    @Test
    void aMentorCancellingAPaidSessionTellsTheStudentTheMoneyIsRefunded() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH'").update();
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + evening);
        press(john, "💳 Pay");

        press(mentor, "❌ Cancel this booking");
        send(mentor, "I am ill.");
        press(mentor, "🟢 Free it for other students");

        assertThat(beforeLast(john).text()).contains("Reason: I am ill.\n",
                "You paid 500.00 UAH for it: the payment is refunded to you in full.").doesNotContain("ill..");
    }

    @Test
    void theMentorCancelsABookedSessionFromTheScheduleAndBlocksTheTime() {
        String booked = book();
        send(mentor, "/myslots");

        press(mentor, "🔵 Sat 20 Mar 18:00");
        press(mentor, "❌ Cancel this booking");
        send(mentor, "I am ill, sorry");
        press(mentor, "⛔ Block it");

        assertThat(lastNotice(mentor).text()).isEqualTo("Cancelled: John Smith has been told.");
        assertThat(beforeLast(john).text()).contains("Your mentor Iryna Koval cancelled the session on Sat 20 Mar 18:00",
                "Reason: I am ill, sorry");
        BotMessage cancellation = john.chat().last();
        assertThat(cancellation.text()).startsWith("The session is cancelled: open this file");
        assertThat(ics(cancellation)).contains("METHOD:CANCEL", uid(booked), "SEQUENCE:1\r\n", "STATUS:CANCELLED",
                "DTSTART:20270320T160000Z");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BLOCKED'", evening)).isOne();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
    }

    @Test
    void aMentorSeesTheirOwnStudentsOnly() {
        book();
        SimulatedUser other = telegram.user(802, "Oleh", "en");
        send(other, "/start");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE telegram_id = 802").update();

        assertThat(send(mentor, "/clients").text()).contains("Your students (1):", "John Smith (@johnny) — 1 session");
        assertThat(send(other, "/clients").text()).isEqualTo("You have no students yet.");
        assertThat(send(mentor, "/my").text()).contains("Your sessions as a mentor:", "Sat 20 Mar 18:00 — John Smith");
    }

    /** Books the evening slot as John; returns the calendar file he got with the confirmation. */
    private String book() {
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + evening);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        return ics(john.chat().last());
    }

    private static BotMessage beforeLast(SimulatedUser user) {
        List<BotMessage> seen = user.chat().messages();
        return seen.get(seen.size() - 2);
    }

    private static String ics(BotMessage message) {
        assertThat(message.document()).isNotNull();
        return new String(message.document().bytes(), StandardCharsets.UTF_8);
    }

    private static String uid(String ics) {
        Matcher uid = Pattern.compile("UID:[^\r]+").matcher(ics);
        assertThat(uid.find()).isTrue();
        return uid.group();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
