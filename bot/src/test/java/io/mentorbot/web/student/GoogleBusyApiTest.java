package io.mentorbot.web.student;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.calendar.Interval;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A time the mentor's Google Calendar (a local fake) got busy meanwhile is refused through the API as in the bot. */
class GoogleBusyApiTest extends StudentApiFixture {

    private final FakeGoogle google = FakeGoogle.get();

    @Autowired
    private CalendarConnections connections;

    @BeforeEach
    void theMentorsCalendarIsConnected() {
        google.reset();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states")
                .update();
        String state = stateOf(send(mentor, "/connect_calendar"));
        String callback = "/oauth2/google/callback?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&code=iryna";
        assertThat(api.get(callback, null).status()).isEqualTo(200);
        awaitOutboxDelivered();
    }

    @AfterEach
    void forgetTheConnection() {
        connections.disconnect(mentorId);
    }

    @Test
    void aTimeBusyInTheMentorsGoogleCalendarIsRefusedAndNothingIsBooked() throws IOException {
        google.busy(new Interval(Instant.parse("2027-03-20T15:30:00Z"), Instant.parse("2027-03-20T16:30:00Z")));

        Answer refused = book(signIn(901, "Anna"), slot);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/mentor-busy");
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
