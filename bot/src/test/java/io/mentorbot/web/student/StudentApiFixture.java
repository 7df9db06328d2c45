package io.mentorbot.web.student;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mentor in Kyiv with two free Saturday evening hours; the platform's clock stands at Monday 15 March 2027, 12:00
 * in Kyiv. Students sign in to the API with Telegram; {@link #call} answers with headers and the raw body too.
 */
abstract class StudentApiFixture extends BotFlowTest {

    @LocalServerPort
    int port;

    protected Api api;
    protected SimulatedUser mentor;
    protected long mentorId;
    protected long slot;
    protected long nextSlot;

    @BeforeEach
    void aMentorWithAFreeSaturdayEvening() {
        api = new Api(port);
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed)
                VALUES (?, 'Backend mentor', '{programming}', true)
                """).param(mentorId).update();
        slot = slotAt("2027-03-20T16:00:00Z");
        nextSlot = slotAt("2027-03-20T17:00:00Z");
    }

    protected long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }

    /** Signs the Telegram user in through the Mini App route; returns the access token. */
    protected String signIn(long telegramId, String firstName) {
        String initData = TelegramSigned.initData(TestBotApi.TOKEN, telegramId, firstName, "en", clock.instant());
        return api.post("/api/v1/auth/telegram", Map.of("initData", initData)).text("accessToken");
    }

    protected long accountOf(long telegramId) {
        return count("SELECT id FROM users WHERE telegram_id = ?", telegramId);
    }

    protected Answer book(String token, long slotId) {
        return call("POST", "/api/v1/bookings", Map.of("slotId", slotId), token);
    }

    protected Answer call(String method, String path, Object body, String token) {
        return call(method, path, body, token, "en");
    }

    protected Answer call(String method, String path, Object body, String token, String language) {
        return api.send(method, path, body, token, language);
    }
}
