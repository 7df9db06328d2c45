package io.mentorbot.mail;

import java.sql.Timestamp;
import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking is confirmed by e-mail too, with the calendar file, to a student whose address is verified, and so is its
 * move or cancellation, with the file that updates the same event. The
 * platform's clock stands at Monday 15 March 2027, 12:00 in Kyiv; the mentor's slot is Saturday 16:00 UTC.
 */
class BookingMailFlowTest extends BotFlowTest {

    private long slot;

    @BeforeEach
    void aMentorWithAFreeSaturdayEvening() {
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        send(telegram.user(1201, "Iryna", "Koval", "iryna", "en"), "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 1201");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend mentor', '{programming}', true)")
                .param(mentorId).update();
        Instant start = Instant.parse("2027-03-20T16:00:00Z");
        slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)))
                .query(Long.class).single();
    }

    @Test
    void aStudentWithAVerifiedAddressGetsTheConfirmationWithTheCalendarFile() throws Exception {
        SimulatedUser john = user(1202, "John", "en");
        verify(john, "john@example.com");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);

        MimeMessage letter = TestMail.awaitLetter("john@example.com", "Confirmed: your session with Iryna Koval");
        assertThat(TestMail.subject(letter)).isEqualTo("Confirmed: your session with Iryna Koval, Saturday, 20 March 2027, 18:00");
        assertThat(letter.getFrom()[0].toString()).isEqualTo(TestMail.FROM);
        assertThat(TestMail.text(letter)).startsWith("Hello John,").contains("Mentor: Iryna Koval",
                "When: Saturday, 20 March 2027, 18:00–19:00 (Europe/Kyiv)", "Length: 60 min", "Your note: —",
                "calendar.google.com", "To cancel or reschedule, send /my in the chat with the bot.");
        BodyPart ics = TestMail.attachment(letter, "mentoring-session.ics").orElseThrow();
        assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=PUBLISH", "UTF-8");
        assertThat(TestMail.content(ics)).contains("BEGIN:VEVENT", "UID:booking-", "DTSTART:20270320T160000Z",
                "DTEND:20270320T170000Z", "SUMMARY:Mentoring session with Iryna Koval");
    }

    @Test
    void aMovedAndThenCancelledBookingSendsTheFileThatUpdatesTheSameEventEachTime() throws Exception {
        SimulatedUser john = user(1206, "John", "en");
        verify(john, "john@example.com");
        long later = jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at)
                SELECT mentor_id, ends_at, ends_at + interval '1 hour' FROM slots WHERE id = ? RETURNING id
                """).param(slot).query(Long.class).single();
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        String confirmed = TestMail.content(TestMail.attachment(TestMail.awaitLetter("john@example.com",
                "Confirmed:"), "mentoring-session.ics").orElseThrow());
        String uid = confirmed.replaceAll("(?s).*(UID:[^\r]+).*", "$1");
        long booking = count("SELECT id FROM bookings");

        pressData(john, start.messageId(), "v1:rt:" + booking + ":" + later);

        MimeMessage moved = TestMail.awaitLetter("john@example.com", "Moved: your session with Iryna Koval");
        assertThat(TestMail.text(moved)).contains("When: Saturday, 20 March 2027, 19:00–20:00 (Europe/Kyiv)",
                "To cancel or reschedule, send /my in the chat with the bot.");
        BodyPart movedFile = TestMail.attachment(moved, "mentoring-session.ics").orElseThrow();
        assertThat(movedFile.getContentType()).contains("method=PUBLISH");
        assertThat(TestMail.content(movedFile)).contains(uid, "SEQUENCE:1\r\n", "DTSTART:20270320T170000Z");

        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 19:00");
        send(john, "Something came up");

        MimeMessage cancelled = TestMail.awaitLetter("john@example.com", "Cancelled: your session with Iryna Koval");
        assertThat(TestMail.text(cancelled)).contains("Reason: Something came up");
        BodyPart cancelledFile = TestMail.attachment(cancelled, "mentoring-session.ics").orElseThrow();
        assertThat(cancelledFile.getContentType()).contains("method=CANCEL");
        assertThat(TestMail.content(cancelledFile)).contains("METHOD:CANCEL", uid, "SEQUENCE:2\r\n",
                "STATUS:CANCELLED");
    }

    @Test
    void theLetterSpeaksTheStudentsLanguageAndTellsTheTimeInTheStudentsZone() {
        SimulatedUser olena = user(1203, "Олена", "uk");
        send(olena, "/timezone Europe/Warsaw");
        verify(olena, "olena@example.com");
        BotMessage start = send(olena, "/start");

        pressData(olena, start.messageId(), "v1:cb:" + slot);

        MimeMessage letter = TestMail.awaitLetter("olena@example.com", "Підтверджено: ваша сесія з Iryna Koval");
        assertThat(TestMail.text(letter)).startsWith("Вітаємо, Олена!")
                .contains("Коли: субота, 20 березня 2027, 17:00–18:00 (Europe/Warsaw)", "Тривалість: 60 хв");
        assertThat(TestMail.content(TestMail.attachment(letter, "mentoring-session.ics").orElseThrow()))
                .contains("DTSTART:20270320T160000Z");
    }

    @Test
    void aStudentWithoutAVerifiedAddressGetsNoLetter() {
        SimulatedUser ann = user(1204, "Ann", "en");
        send(ann, "/email ann@example.com"); // a code is sent, but never typed back
        TestMail.awaitLetter("ann@example.com", "Your MentorBot confirmation code");
        BotMessage start = send(ann, "/start");
        pressData(ann, start.messageId(), "v1:cb:" + slot);
        SimulatedUser john = user(1205, "John", "en");
        verify(john, "john@example.com");
        long second = jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at)
                SELECT mentor_id, ends_at, ends_at + interval '1 hour' FROM slots WHERE id = ? RETURNING id
                """).param(slot).query(Long.class).single();

        pressData(john, send(john, "/start").messageId(), "v1:cb:" + second);

        TestMail.awaitLetter("john@example.com", "Confirmed:"); // sent after Ann's booking committed, on the same path
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(2);
        assertThat(TestMail.lettersTo("ann@example.com")).extracting(TestMail::subject)
                .containsExactly("Your MentorBot confirmation code");
    }

    private void verify(SimulatedUser user, String address) {
        send(user, "/email " + address);
        String text = TestMail.text(TestMail.awaitLetter(address, user.languageCode().equals("uk") ? "Ваш код" : "Your"));
        String code = text.replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        send(user, code);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = ? AND email_verified", user.id())).isOne();
    }
}
