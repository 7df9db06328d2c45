package io.mentorbot.web.mentor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the mentor API's tests share: accounts made as the bot would have them, signed in through the API. */
abstract class MentorApiTest extends BotFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void anApiClient() {
        api = new Api(port);
    }

    /** A mentor with a listed profile (60-minute sessions, free), in the given zone; answers the account id. */
    long mentor(long telegramId, String name, String zone) {
        long id = account(telegramId, name, zone, true);
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, topics, headline, bio, session_minutes, listed)
                VALUES (?, '{programming}', 'Java mentor', 'Ten years of Java', 60, true)""").param(id).update();
        return id;
    }

    long student(long telegramId, String name) {
        return account(telegramId, name, "UTC", false);
    }

    private long account(long telegramId, String name, String zone, boolean mentor) {
        user(telegramId, name, "en"); // their chat with the bot
        return jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone, is_mentor)
                VALUES (?, ?, ?, 'EN', ?, ?) RETURNING id""")
                .params(telegramId, telegramId, name, zone, mentor).query(Long.class).single();
    }

    /** An access token for the account with this Telegram id, through the Mini App sign-in. */
    String signIn(long telegramId) {
        return api.post("/api/v1/auth/telegram", Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN,
                telegramId, "Someone", "en", clock.instant()))).text("accessToken");
    }

    /** A slot of the mentor, {@code hoursAhead} from now (negative: in the past), an hour long. */
    long slot(long mentorId, long hoursAhead, String status) {
        Instant start = clock.instant().plusSeconds(hoursAhead * 3600).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)), status)
                .query(Long.class).single();
    }

    long booking(long slotId, long studentId, String status) {
        return jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, ?) RETURNING id")
                .params(slotId, studentId, status).query(Long.class).single();
    }

    Answer patch(String path, Object body, String token) {
        try {
            return api.raw("PATCH", path, JSON.writeValueAsString(body), "application/json", token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer post(String path, Object body, String token) {
        return api.post(path, body, token, "en");
    }

    /** A multipart upload of one part {@code file}, named and typed as a client says (not necessarily truly). */
    Answer upload(String path, String token, String fileName, String contentType, byte[] bytes) {
        String boundary = "----mentorbot" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Answer(response.statusCode(), type, response.body().isBlank() || !type.contains("json")
                    ? JSON.createObjectNode() : JSON.readTree(response.body()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET answered with bytes (an image), with its headers. */
    HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
