package io.mentorbot.telegram.admin;

import java.sql.Timestamp;
import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /admin is one screen: its panes, cards and questions edit the message the admin pressed; a typed answer gets its
 * screen below the admin's text and the question goes, so the chat keeps one live console screen. The clock stands
 * at Monday 15 March 2027, 12:00 in Kyiv.
 */
class AdminConsoleInPlaceFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final Instant TUESDAY_17 = Instant.parse("2027-03-16T15:00:00Z");
    private static final String LINE = "Tue 16 Mar 17:00 · Maria Koval → Sam · confirmed";
    private static final String UPCOMING = "📅 Bookings: ⏭ Upcoming (page 1 of 1, 1 in all; times in Europe/Kyiv)";

    private SimulatedUser admin;
    private long studentId;
    private long bookingId;

    @BeforeEach
    void anAdminAndABookingOfAMentorWithAStudent() {
        clock.setTo(NOW);
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        send(telegram.user(971, "Maria", "Koval", "maria_codes", "uk"), "/start");
        send(telegram.user(972, "Sam", null, "sam_learns", "en"), "/start");
        long mentorId = accountId(971);
        studentId = accountId(972);
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        long slotId = jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, 'BOOKED') RETURNING id
                """).params(mentorId, Timestamp.from(TUESDAY_17), Timestamp.from(TUESDAY_17.plusSeconds(3600)))
                .query(Long.class).single();
        bookingId = jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, confirmed_at) VALUES (?, ?, 'CONFIRMED', now())
                RETURNING id
                """).params(slotId, studentId).query(Long.class).single();
    }

    @Test
    void cancellingABookingWithAReasonAndGoingBackKeepsOneLiveConsoleScreen() {
        int sentBefore = admin.chat().allMessages().size();
        int liveBefore = admin.chat().messages().size();

        long console = send(admin, "/admin").messageId();
        press(admin, "📅 Bookings");
        press(admin, "⏭ Upcoming");
        press(admin, LINE);
        press(admin, "❌ Cancel with a reason");
        BotMessage question = admin.chat().last();
        assertThat(question.messageId()).isEqualTo(console);
        assertThat(question.text()).startsWith("Why is the session of Maria Koval with Sam cancelled?");
        assertThat(question.buttonTexts()).containsExactly("Cancel");

        BotMessage done = send(admin, "The mentor is ill");
        assertThat(done.text())
                .isEqualTo("Cancelled: the session of Maria Koval with Sam. Both have been told; the slot is free again.");
        assertThat(admin.chat().message(console).orElseThrow().deleted()).isTrue();
        press(admin, "⬅ Back");

        assertThat(admin.chat().last().messageId()).isEqualTo(done.messageId());
        assertThat(admin.chat().last().text()) // the list it came from, without the cancelled booking now
                .startsWith("📅 Bookings: ⏭ Upcoming (page 1 of 1, 0 in all").contains("No bookings here.");
        assertThat(admin.chat().allMessages()).hasSize(sentBefore + 2); // the console, and the screen below the reason
        assertThat(admin.chat().messages()).hasSize(liveBefore + 1);
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CANCELLED'", bookingId)).isOne();
    }

    @Test
    void theReasonQuestionsCancelGoesBackToTheBookingAndCancelsNothing() {
        long console = send(admin, "/admin").messageId();
        press(admin, "📅 Bookings");
        press(admin, "⏭ Upcoming");
        press(admin, LINE);
        press(admin, "❌ Cancel with a reason");

        press(admin, "Cancel");

        assertThat(admin.chat().last().messageId()).isEqualTo(console);
        assertThat(admin.chat().last().text()).contains("Booking #" + bookingId, "Status: confirmed");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        press(admin, "⬅ Back");
        assertThat(admin.chat().last().text()).isEqualTo(UPCOMING);
    }

    @Test
    void aCommandTypedAtTheReasonQuestionRunsAtOnceForNothingTypedWouldBeLost() {
        send(admin, "/admin");
        press(admin, "📅 Bookings");
        press(admin, "⏭ Upcoming");
        press(admin, LINE);
        press(admin, "❌ Cancel with a reason");

        assertThat(send(admin, "/admin").text()).isEqualTo("🛠 Admin console");

        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void anOldScreensCancelPressedWhileTheReasonIsAskedBecomesTheQuestionAgain() {
        BotMessage older = send(admin, "/start");
        long console = send(admin, "/admin").messageId();
        press(admin, "📅 Bookings");
        press(admin, "⏭ Upcoming");
        press(admin, LINE);
        press(admin, "❌ Cancel with a reason");

        CallbackAnswer answer = pressData(admin, older.messageId(), "v1:cancel");

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        BotMessage resumed = admin.chat().message(older.messageId()).orElseThrow();
        assertThat(resumed.text()).startsWith("Why is the session of Maria Koval with Sam cancelled?");
        assertThat(resumed.buttonTexts()).containsExactly("Cancel");
        assertThat(admin.chat().message(console).orElseThrow().deleted()).isTrue(); // one question on the screen
        assertThat(send(admin, "Double-booked by mistake").text()).startsWith("Cancelled: the session of Maria Koval");
        assertThat(admin.chat().message(older.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void searchingFromTheConsoleAsksOnItsScreenAndAnswersBelowTheTypedName() {
        int sentBefore = admin.chat().allMessages().size();
        long console = send(admin, "/admin").messageId();
        press(admin, "🔎 Search users");
        assertThat(admin.chat().last().messageId()).isEqualTo(console);
        assertThat(admin.chat().last().text()).startsWith("🔎 Send a name");

        BotMessage found = send(admin, "sam");

        assertThat(found.text()).isEqualTo("Found for “sam”: 1.");
        assertThat(admin.chat().message(console).orElseThrow().deleted()).isTrue();
        press(admin, "Sam @sam_learns");
        assertThat(admin.chat().last().messageId()).isEqualTo(found.messageId());
        assertThat(admin.chat().last().text()).contains("@sam_learns", "Roles: student");
        assertThat(admin.chat().allMessages()).hasSize(sentBefore + 2);
    }

    @Test
    void theConsolesStatsAreItsScreenWithTheWayBackAndTheChartBelow() {
        long console = send(admin, "/admin").messageId();

        press(admin, "📊 Stats");

        BotMessage stats = admin.chat().message(console).orElseThrow();
        assertThat(stats.text()).startsWith("📊 Platform statistics");
        assertThat(stats.buttonTexts()).containsExactly("⬅ Back");
        assertThat(admin.chat().last().photo()).isNotNull();
        press(admin, stats, "⬅ Back");
        assertThat(admin.chat().message(console).orElseThrow().text()).isEqualTo("🛠 Admin console");
    }

    private void press(SimulatedUser user, BotMessage message, String buttonText) {
        awaitHandled(user.press(message, buttonText));
    }

    private long accountId(long telegramId) {
        return count("SELECT id FROM users WHERE telegram_id = ?", telegramId);
    }
}
