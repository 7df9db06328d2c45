package io.mentorbot.web.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingOutcome;
import io.mentorbot.support.Api;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A signed-in configured admin, a web client, and people, slots and bookings for the admin API tests. */
abstract class AdminApiFixtures extends BotFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    BookingDesk desk;

    Api api;
    /** The configured admin's access token, and their account id. */
    String admin;
    long adminId;

    private long nextTelegramId = 2000;

    @BeforeEach
    void aSignedInAdmin() {
        api = new Api(port);
        admin = signIn(ADMIN_ID, "Root");
        adminId = count("SELECT id FROM users WHERE telegram_id = ?", ADMIN_ID);
    }

    /** Signs the Telegram id in through the Mini App sign-in and returns the access token. */
    String signIn(long telegramId, String firstName) {
        return api.post("/api/v1/auth/telegram", Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN,
                telegramId, firstName, "en", clock.instant()))).text("accessToken");
    }

    long telegramIdOf(long accountId) {
        return count("SELECT telegram_id FROM users WHERE id = ?", accountId);
    }

    long student(String firstName, String username) {
        return jdbc.sql("INSERT INTO users (telegram_id, first_name, username, language, time_zone)"
                        + " VALUES (?, ?, ?, 'EN', 'Europe/Kyiv') RETURNING id")
                .params(nextTelegramId++, firstName, username).query(Long.class).single();
    }

    long mentor(String firstName, boolean listed) {
        long id = student(firstName, null);
        becomeMentor(id, listed);
        return id;
    }

    void becomeMentor(long id, boolean listed) {
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, listed) VALUES (?, 'Java', ?)")
                .params(id, listed).update();
    }

    /** A one-hour slot of the mentor starting {@code fromNow} from now. */
    long slot(long mentorId, Duration fromNow, String status) {
        Instant start = clock.instant().plus(fromNow).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(mentorId, utc(start), utc(start.plus(Duration.ofHours(1))), status)
                .query(Long.class).single();
    }

    long booked(long studentId, long slotId) {
        BookingOutcome outcome = desk.book(studentId, slotId, null);
        if (!outcome.booked()) {
            throw new AssertionError("Booking failed in the setup: " + outcome.result());
        }
        return outcome.booking().id();
    }

    long audited(String action) {
        return count("SELECT count(*) FROM admin_audit WHERE action = ?", action);
    }

    long audits() {
        return count("SELECT count(*) FROM admin_audit");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A download: status, headers and the body as text. */
    HttpResponse<String> download(String path, String bearer) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
