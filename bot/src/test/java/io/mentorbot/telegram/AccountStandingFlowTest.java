package io.mentorbot.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.ChatLog;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One account policy everywhere: a blocked or unlisted mentor is neither shown nor booked nor told anything, and
 * group chats change no account. The clock stands at Monday 15 March 2027, 12:00 in Kyiv.
 */
class AccountStandingFlowTest extends BotFlowTest {

    private static final String PRIVATE_ONLY = "I work in private chats only: open a chat with me and send /start.";

    private SimulatedUser mentor;
    private long mentorId;
    private long slot;

    @BeforeEach
    void aListedMentorWithAFreeSlot() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(811, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 811");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        Instant start = Instant.parse("2027-03-20T16:00:00Z");
        slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plusSeconds(3600)))
                .query(Long.class).single();
    }

    @Test
    void aBlockedMentorLeavesTheCatalogueAndAStaleSlotOfTheirsBooksNothing() {
        SimulatedUser john = user(911, "John", "en");
        BotMessage start = send(john, "/start");
        press(john, "📅 Book a consultation");
        press(john, "All topics");
        assertThat(john.chat().last().text()).contains("Iryna Koval");
        int mentorSaw = mentor.chat().messages().size();

        jdbc.sql("UPDATE users SET blocked = true WHERE id = ?").param(mentorId).update();

        press(john, "📅 Book a consultation");
        assertThat(john.chat().last().text()).doesNotContain("Iryna");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        assertThat(john.chat().last().text()).isEqualTo("This mentor is not available for booking right now.");
        send(john, "/start m_" + mentorId);
        assertThat(john.chat().last().text()).isEqualTo("This mentor is not available for booking right now.");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        assertThat(mentor.chat().messages()).hasSize(mentorSaw);
    }

    @Test
    void aForgedSlotIdOfAnUnlistedMentorBooksNothing() {
        jdbc.sql("UPDATE mentor_profiles SET listed = false WHERE user_id = ?").param(mentorId).update();
        SimulatedUser john = user(912, "John", "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(john.chat().last().text()).isEqualTo("This mentor is not available for booking right now.");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
    }

    @Test
    void aStudentsNoteDoesNotReachABlockedMentor() {
        SimulatedUser john = user(913, "John", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        assertThat(lastNotice(mentor).text()).contains("New booking");
        int mentorSaw = mentor.chat().messages().size();
        jdbc.sql("UPDATE users SET blocked = true WHERE id = ?").param(mentorId).update();

        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");
        send(john, "Sorry, my exam moved to that day");

        List<BotMessage> seen = john.chat().messages();
        assertThat(seen.get(seen.size() - 1).document()).isNotNull(); // the file that takes it off his calendar
        assertThat(seen.get(seen.size() - 2).text()).contains("Cancelled: your session with Iryna Koval");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
        assertThat(mentor.chat().messages()).hasSize(mentorSaw);
        assertThat(count("SELECT count(*) FROM telegram_outbox WHERE payload::text LIKE '%exam moved%'")).isZero();
    }

    @Test
    void aMessageInAGroupChangesNoAccountAndGetsThePrivateOnlyLine() {
        ChatLog group = telegram.group(-100_811, "Study group");
        SimulatedUser stranger = user(914, "Olena", "uk");

        awaitHandled(stranger.sendTextIn(group, "/start"));

        assertThat(group.last().text())
                .isEqualTo("Я працюю лише в особистих чатах: відкрийте чат зі мною й надішліть /start.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 914")).isZero();

        Map<String, Object> before = mentorRow();
        clock.setTo(Instant.parse("2027-03-15T10:30:00Z"));
        awaitHandled(mentor.sendTextIn(group, "/start"));

        assertThat(group.last().text()).isEqualTo(PRIVATE_ONLY);
        assertThat(mentorRow()).isEqualTo(before);
    }

    @Test
    void aBookingNoticeNeverGoesToAGroupEvenIfOneWasRecordedAsTheMentorsChat() {
        ChatLog group = telegram.group(-100_812, "Study group");
        awaitHandled(mentor.sendTextIn(group, "hello"));
        jdbc.sql("UPDATE users SET chat_id = -100812 WHERE id = ?").param(mentorId).update(); // as older versions did
        int groupSaw = group.messages().size();
        SimulatedUser john = telegram.user(915, "John", "Smith", null, "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        assertThat(group.messages()).hasSize(groupSaw);
        assertThat(count("SELECT count(*) FROM telegram_outbox WHERE chat_id = -100812")).isZero();

        send(mentor, "/start"); // writing privately records the private chat again
        clock.setTo(Instant.parse("2027-03-15T10:05:00Z"));
        jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(mentorId, java.sql.Timestamp.from(Instant.parse("2027-03-21T16:00:00Z")),
                        java.sql.Timestamp.from(Instant.parse("2027-03-21T17:00:00Z"))).update();
        long second = count("SELECT max(id) FROM slots");
        pressData(john, start.messageId(), "v1:cb:" + second);

        assertThat(lastNotice(mentor).text()).contains("New booking", "John Smith");
        assertThat(group.messages()).hasSize(groupSaw);
    }

    private Map<String, Object> mentorRow() {
        return jdbc.sql("SELECT chat_id, first_name, last_name, username, last_seen_at FROM users WHERE id = ?")
                .param(mentorId).query().singleRow();
    }
}
