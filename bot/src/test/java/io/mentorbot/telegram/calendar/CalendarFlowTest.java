package io.mentorbot.telegram.calendar;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.google.gson.JsonObject;
import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.calendar.Interval;
import io.mentorbot.calendar.SyncWorker;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mentor connects their Google Calendar (a local fake of Google), sessions are mirrored into it, and times busy
 * in it are hidden from students. The platform's clock stands at Monday 15 March 2027, 12:00 in Kyiv.
 */
class CalendarFlowTest extends BotFlowTest {

    private final FakeGoogle google = FakeGoogle.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private CalendarConnections connections;
    @Autowired
    private SyncWorker worker;
    @Autowired
    private Environment environment;

    private SimulatedUser mentor;
    private long mentorId;
    private long slot;
    private long later;

    @BeforeEach
    void aMentorWithTwoFreeSaturdaySlots() {
        google.reset();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states").update();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(8801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 8801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend mentor', '{programming}', true)
                """).param(mentorId).update();
        slot = slotAt("2027-03-20T16:00:00Z");
        later = slotAt("2027-03-20T17:00:00Z");
    }

    @AfterEach
    void forgetTheConnection() {
        connections.disconnect(mentorId); // also clears the library's in-memory token and busy caches
    }

    @Test
    void aMentorConnectsTheCalendarAndSeesItConnected() throws Exception {
        BotMessage offer = send(mentor, "/connect_calendar");
        assertThat(offer.text()).contains("Google Calendar: not connected");
        String state = stateOf(offer);

        HttpResponse<String> page = callback("state=" + encode(state) + "&code=iryna");
        awaitOutboxDelivered();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("connected", "go back to Telegram");
        assertThat(mentor.chat().last().text()).contains("Your Google Calendar is connected (iryna@example.com)");
        assertThat(send(mentor, "/connect_calendar").text())
                .contains("Google Calendar: connected (iryna@example.com)");
        assertThat(mentor.chat().last().buttonTexts()).contains("Disconnect Google Calendar");

        HttpResponse<String> replay = callback("state=" + encode(state) + "&code=iryna");
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("already been used");

        assertThat(send(mentor, "/disconnect_calendar").text()).contains("Google Calendar is disconnected");
        assertThat(send(mentor, "/connect_calendar").text()).contains("Google Calendar: not connected");
        assertThat(count("SELECT count(*) FROM calendar_connections")).isZero();
    }

    @Test
    void theMentorsProfileLeadsToTheCalendarConnection() {
        send(mentor, "/profile");

        press(mentor, "📆 Google Calendar");

        assertThat(mentor.chat().last().text()).startsWith("📆 Google Calendar: not connected.");
        assertThat(mentor.chat().last().buttonTexts()).contains("📆 Connect Google Calendar");
    }

    @Test
    void aTamperedStateGetsAnErrorPageAndStoresNothing() throws Exception {
        String state = stateOf(send(mentor, "/connect_calendar"));
        String tampered = (state.charAt(0) == 'A' ? "B" : "A") + state.substring(1);

        HttpResponse<String> page = callback("state=" + encode(tampered) + "&code=iryna");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.body()).contains("Not connected", "not valid");
        assertThat(count("SELECT count(*) FROM calendar_connections")).isZero();
        assertThat(mentor.chat().last().text()).doesNotContain("is connected");

        HttpResponse<String> cancelled = callback("error=access_denied&state=" + encode(state));
        assertThat(cancelled.body()).contains("cancelled");
        assertThat(count("SELECT count(*) FROM calendar_connections")).isZero();
    }

    @Test
    void aConfirmedBookingAppearsInTheMentorsCalendarAndCancellingRemovesIt() throws Exception {
        connect("iryna");
        SimulatedUser john = telegram.user(8901, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        worker.runDueTasks();
        awaitOutboxDelivered(); // its notices go out after the commit

        List<JsonObject> events = List.copyOf(google.liveEvents().values());
        assertThat(events).hasSize(1);
        JsonObject event = events.get(0);
        assertThat(event.get("summary").getAsString()).contains("John Smith");
        assertThat(instant(event, "start")).isEqualTo(Instant.parse("2027-03-20T16:00:00Z"));
        assertThat(instant(event, "end")).isEqualTo(Instant.parse("2027-03-20T17:00:00Z"));
        String meet = event.get("hangoutLink").getAsString();
        assertThat(john.chat().last().text()).isEqualTo(
                "🎥 Video call for your session with Iryna Koval on Sat 20 Mar 18:00 (Europe/Kyiv): " + meet);
        assertThat(mentor.chat().last().text()).startsWith("🎥 Video call for your session with John Smith").endsWith(meet);

        long booking = count("SELECT id FROM bookings");
        pressData(john, start.messageId(), "v1:rt:" + booking + ":" + later);
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", later)).isOne();
        worker.runDueTasks();
        awaitOutboxDelivered(); // its notices go out after the commit
        assertThat(john.chat().messages()).filteredOn(m -> m.text().contains(meet)).hasSize(1); // told once
        assertThat(google.liveEvents().values()).singleElement().satisfies(moved -> {
            assertThat(instant(moved, "start")).isEqualTo(Instant.parse("2027-03-20T17:00:00Z"));
            assertThat(instant(moved, "end")).isEqualTo(Instant.parse("2027-03-20T18:00:00Z"));
        });

        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 19:00");
        send(john, "I caught a cold");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isZero();
        worker.runDueTasks();
        awaitOutboxDelivered(); // its notices go out after the commit

        assertThat(google.liveEvents()).isEmpty();
        // The mirror keeps the mentor's calendar in step, so no file comes to import the session twice; each notice
        // says so. The student, whose calendar is not mirrored, gets a file at every change.
        assertThat(mentor.chat().messages()).noneMatch(message -> message.document() != null);
        assertThat(mentor.chat().messages()).filteredOn(message -> message.text() != null && message.text()
                .endsWith("\n📅 Your Google Calendar is kept up to date with this session by itself, so no calendar "
                        + "file is sent here.")).hasSize(3);
        assertThat(john.chat().messages()).filteredOn(message -> message.document() != null).hasSize(3);
    }

    @Test
    void aBusyTimeInGoogleHidesTheSlotAndRefusesABookingMadeMeanwhile() throws Exception {
        connect("iryna");
        SimulatedUser john = telegram.user(8902, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:md:" + mentorId + ":2027-03-20");
        assertThat(john.chat().last().buttonTexts()).contains("18:00", "19:00");
        press(john, "18:00"); // the confirmation screen is open...

        google.busy(new Interval(Instant.parse("2027-03-20T15:30:00Z"), Instant.parse("2027-03-20T16:30:00Z")));
        press(john, "✅ Confirm booking"); // ...when the mentor's calendar gets something at that time

        assertThat(john.chat().last().text()).contains("the mentor is no longer available at this time");
        assertThat(john.chat().last().buttonTexts()).contains("19:00").doesNotContain("18:00");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();

        BotMessage again = send(john, "/start");
        pressData(john, again.messageId(), "v1:md:" + mentorId + ":2027-03-20");
        assertThat(john.chat().last().buttonTexts()).contains("19:00").doesNotContain("18:00");
        assertThat(send(mentor, "/myslots").text())
                .contains("🟢 18:00–19:00 free · hidden from students: busy in your Google Calendar")
                .doesNotContain("19:00–20:00 free · hidden");
    }

    @Test
    void aMentorWhoseGrantGoogleRefusesIsAskedToConnectAgain() throws Exception {
        connect("iryna");
        google.revokeGrants();
        clock.setTo(Instant.parse("2027-03-15T12:00:00Z")); // the access token has expired: a refresh is needed
        SimulatedUser john = telegram.user(8903, "John", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);

        worker.runDueTasks();

        awaitOutboxDelivered(); // its notices go out after the commit

        // The notice goes out after the commit that marked the connection broken, on whichever thread found out.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mentor.chat().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("Google no longer accepts the connection",
                        "/connect_calendar")));
        assertThat(send(mentor, "/connect_calendar").text()).contains("the connection is broken");
        assertThat(google.liveEvents()).isEmpty();
    }

    private void connect(String code) throws Exception {
        String state = stateOf(send(mentor, "/connect_calendar"));
        assertThat(callback("state=" + encode(state) + "&code=" + code).statusCode()).isEqualTo(200);
        awaitOutboxDelivered();
        assertThat(connections.status(mentorId)).isPresent();
    }

    private HttpResponse<String> callback(String query) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port")
                + "/oauth2/google/callback?" + query);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The consent link's state, as Google would hand it back. */
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Instant instant(JsonObject event, String field) {
        return OffsetDateTime.parse(event.getAsJsonObject(field).get("dateTime").getAsString()).toInstant();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
