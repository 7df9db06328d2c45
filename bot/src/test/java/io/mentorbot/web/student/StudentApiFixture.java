package io.mentorbot.web.student;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    protected Api api;
    protected SimulatedUser mentor;
    protected long mentorId;
    protected long slot;
    protected long nextSlot;

    /** An answer with its headers and body as text, and as JSON when it is JSON. */
    record Reply(int status, HttpResponse<String> response, JsonNode body) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text(String field) {
            return body.path(field).asText(null);
        }

        String type() {
            return text("type");
        }
    }

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

    protected Reply book(String token, long slotId) {
        return call("POST", "/api/v1/bookings", Map.of("slotId", slotId), token);
    }

    protected Reply call(String method, String path, Object body, String token) {
        return call(method, path, body, token, "en");
    }

    protected Reply call(String method, String path, Object body, String token, String language) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.header("Accept-Language", language);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isBlank() ? JSON.readTree(response.body())
                    : JSON.createObjectNode();
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
