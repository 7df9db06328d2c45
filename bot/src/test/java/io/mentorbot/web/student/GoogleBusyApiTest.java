package io.mentorbot.web.student;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.calendar.Interval;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A time the mentor's Google Calendar (a local fake) got busy meanwhile is refused through the API as in the bot. */
class GoogleBusyApiTest extends StudentApiFixture {

    private final FakeGoogle google = FakeGoogle.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private CalendarConnections connections;

    @BeforeEach
    void theMentorsCalendarIsConnected() throws Exception {
        google.reset();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states")
                .update();
        String state = stateOf(send(mentor, "/connect_calendar"));
        URI callback = URI.create("http://127.0.0.1:" + port + "/oauth2/google/callback?state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&code=iryna");
        assertThat(http.send(HttpRequest.newBuilder(callback).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        awaitOutboxDelivered();
    }

    @AfterEach
    void forgetTheConnection() {
        connections.disconnect(mentorId);
    }

    @Test
    void aTimeBusyInTheMentorsGoogleCalendarIsRefusedAndNothingIsBooked() throws IOException {
        google.busy(new Interval(Instant.parse("2027-03-20T15:30:00Z"), Instant.parse("2027-03-20T16:30:00Z")));

        Reply refused = book(signIn(901, "Anna"), slot);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.type()).isEqualTo("/problems/mentor-busy");
        assertThat(refused.text("detail")).contains("no longer available at this time");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(book(signIn(901, "Anna"), nextSlot).status()).isEqualTo(201);
    }

    private static String stateOf(BotMessage offer) {
        String url = offer.inlineKeyboard().stream().flatMap(List::stream).map(Button::url)
                .filter(u -> u != null && u.startsWith(FakeGoogle.get().baseUrl() + "/auth")).findFirst()
                .orElseThrow(() -> new AssertionError("No consent link in " + offer));
        for (String parameter : URI.create(url).getRawQuery().split("&")) {
            if (parameter.startsWith("state=")) {
                return URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No state in " + url);
    }
}
