package io.mentorbot.web.graphql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mentor in Kyiv with two free Saturday evening hours; the platform's clock stands at Monday 15 March 2027, 12:00
 * in Kyiv. Students sign in with Telegram and send GraphQL documents to {@code /graphql} over real HTTP.
 */
abstract class GraphQlFixture extends BotFlowTest {

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
        mentorId = aMentor(mentor, "Backend mentor");
        slot = slotAt(mentorId, "2027-03-20T16:00:00Z");
        nextSlot = slotAt(mentorId, "2027-03-20T17:00:00Z");
    }

    protected long aMentor(SimulatedUser user, String headline) {
        send(user, "/start");
        long id = count("SELECT id FROM users WHERE telegram_id = ?", user.id());
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed)
                VALUES (?, ?, '{programming}', true)
                """).params(id, headline).update();
        return id;
    }

    protected long slotAt(long mentor, String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentor, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)))
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

    protected Api.Answer graphQl(String document, String token, Object... variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        return api.post("/graphql", Map.of("query", document, "variables", values), token, "en");
    }

    protected static JsonNode data(Api.Answer answer) {
        return answer.body().path("data");
    }

    protected static JsonNode firstError(Api.Answer answer) {
        return answer.body().path("errors").path(0);
    }
}
