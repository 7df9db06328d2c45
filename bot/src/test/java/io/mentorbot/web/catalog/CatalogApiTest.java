package io.mentorbot.web.catalog;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.calendar.Interval;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.CountedStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalogue over REST: what the bot's catalogue lists, with filters and paging, a mentor's card and their
 * free times. The platform's clock stands at Monday 15 March 2027, 10:00 UTC; a booking needs two hours' notice.
 */
class CatalogApiTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    private CalendarConnections connections;

    private Api api;
    private long iryna;
    private long petro;

    @BeforeEach
    void aSmallCatalogue() {
        api = new Api(port);
        clock.setTo(NOW);
        iryna = mentor(8801, "Iryna", "Backend mentor: Java and Spring", "{programming,career}", 2500, true);
        jdbc.sql("UPDATE mentor_profiles SET rating_avg = 4.50, rating_count = 2, photo_file_id = 'AgAD', "
                + "bio = 'Ten years of backend work.' WHERE user_id = ?").param(iryna).update();
        petro = mentor(8802, "Petro", "Strength coach", "{fitness}", 0, true);
        jdbc.sql("UPDATE mentor_profiles SET rating_avg = 3.00, rating_count = 1 WHERE user_id = ?").param(petro)
                .update();
        mentor(8803, "Hidden", "Not listed", "{programming}", 0, false);
        long former = mentor(8804, "Former", "No longer a mentor", "{programming}", 0, true);
        jdbc.sql("UPDATE users SET is_mentor = false WHERE id = ?").param(former).update();
        slot(iryna, "2027-03-20T16:00:00Z", "FREE");
        slot(iryna, "2027-03-20T17:00:00Z", "FREE");
        slot(petro, "2027-03-18T08:00:00Z", "FREE");
    }

    @Test
    void topicsComeWithTheirNamesAndHowManyListedMentorsTeachEach() {
        Answer topics = api.get("/api/v1/topics", null);

        assertThat(topics.status()).isEqualTo(200);
        assertThat(topics.contentType()).startsWith("application/json");
        JsonNode programming = topic(topics.body(), "programming");
        assertThat(programming.path("name").asText()).isEqualTo("Programming");
        assertThat(programming.path("mentors").asInt()).isEqualTo(1); // the unlisted and the former mentor do not count
        assertThat(topic(topics.body(), "fitness").path("mentors").asInt()).isEqualTo(1);
        assertThat(topic(topics.body(), "music").path("mentors").asInt()).isZero();
        assertThat(topics.body().path("items").get(0).path("code").asText()).isEqualTo("programming");
    }

    @Test
    void topicNamesAreInUkrainianForAUkrainianCaller() {
        Answer topics = api.get("/api/v1/topics", null, "uk");

        assertThat(topic(topics.body(), "programming").path("name").asText()).isEqualTo("Програмування");
        assertThat(topic(topics.body(), "fitness").path("name").asText()).isEqualTo("Фітнес");
    }

    @Test
    void theListShowsListedMentorsOnlyNearestFreeTimeFirstWithEveryField() {
        Answer list = api.get("/api/v1/mentors", null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("total").asInt()).isEqualTo(2);
        assertThat(list.body().path("page").asInt()).isZero();
        assertThat(list.body().path("size").asInt()).isEqualTo(20);
        assertThat(names(list)).containsExactly("Petro Koval", "Iryna Koval");
        JsonNode first = list.body().path("items").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(petro);
        assertThat(first.path("price").path("free").asBoolean()).isTrue();
        assertThat(first.path("photo").isNull()).isTrue();
        JsonNode mentor = list.body().path("items").get(1);
        assertThat(mentor.path("id").asLong()).isEqualTo(iryna);
        assertThat(mentor.path("headline").asText()).isEqualTo("Backend mentor: Java and Spring");
        assertThat(mentor.path("topics").get(0).path("code").asText()).isEqualTo("programming");
        assertThat(mentor.path("topics").get(1).path("name").asText()).isEqualTo("Career");
        assertThat(mentor.path("rating").path("average").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(mentor.path("rating").path("count").asInt()).isEqualTo(2);
        assertThat(mentor.path("price").path("free").asBoolean()).isFalse();
        assertThat(mentor.path("price").path("amount").asText()).isEqualTo("25.00");
        assertThat(mentor.path("price").path("currency").asText()).isEqualTo("UAH");
        assertThat(mentor.path("sessionMinutes").asInt()).isEqualTo(60);
        assertThat(mentor.path("nextFree").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(mentor.path("photo").asText()).isEqualTo("/api/v1/mentors/" + iryna + "/photo");
    }

    @Test
    void pagesAreCutToTheirSizeAndCountTheWholeList() {
        Answer second = api.get("/api/v1/mentors?size=1&page=1", null);

        assertThat(second.status()).isEqualTo(200);
        assertThat(names(second)).containsExactly("Iryna Koval");
        assertThat(second.body().path("total").asInt()).isEqualTo(2);
        assertThat(second.body().path("size").asInt()).isEqualTo(1);
        assertThat(names(api.get("/api/v1/mentors?size=1&page=2", null))).isEmpty();
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(names(api.get("/api/v1/mentors?topic=programming", null))).containsExactly("Iryna Koval");
        assertThat(names(api.get("/api/v1/mentors?topic=music", null))).isEmpty();
        assertThat(names(api.get("/api/v1/mentors?q=spring", null))).containsExactly("Iryna Koval");
        assertThat(names(api.get("/api/v1/mentors?q=petro", null))).containsExactly("Petro Koval");
        assertThat(names(api.get("/api/v1/mentors?q=100%25", null))).isEmpty();
        assertThat(names(api.get("/api/v1/mentors?price=free", null))).containsExactly("Petro Koval");
        assertThat(names(api.get("/api/v1/mentors?price=paid", null))).containsExactly("Iryna Koval");
        assertThat(names(api.get("/api/v1/mentors?minRating=4", null))).containsExactly("Iryna Koval");
        assertThat(api.get("/api/v1/mentors?minRating=4&topic=fitness", null).body().path("total").asInt())
                .isZero();
    }

    @Test
    void badListParametersAreRefusedNamingTheField() {
        assertRefused("/api/v1/mentors?size=51", "size");
        assertRefused("/api/v1/mentors?size=0", "size");
        assertRefused("/api/v1/mentors?page=-1", "page");
        assertRefused("/api/v1/mentors?price=cheap", "price");
        assertRefused("/api/v1/mentors?minRating=6", "minRating");
        assertRefused("/api/v1/mentors?minRating=good", "minRating");
        assertRefused("/api/v1/mentors?topic=cooking", "topic");
        assertRefused("/api/v1/mentors?size=ten", "size");
    }

    @Test
    void theCardAddsTheBioAndTheLatestReviewsWithTheMentorsReplies() {
        review(iryna, 5, "Clear and patient.", "Thank you!", "2027-03-01T12:00:00Z");
        review(iryna, 4, null, null, "2027-03-10T12:00:00Z");

        Answer card = api.get("/api/v1/mentors/" + iryna, null);

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.text("name")).isEqualTo("Iryna Koval");
        assertThat(card.text("bio")).isEqualTo("Ten years of backend work.");
        assertThat(card.text("nextFree")).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(card.body().path("price").path("amount").asText()).isEqualTo("25.00");
        assertThat(card.text("photo")).isEqualTo("/api/v1/mentors/" + iryna + "/photo");
        JsonNode reviews = card.body().path("reviews");
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).path("stars").asInt()).isEqualTo(4); // newest first
        assertThat(reviews.get(0).path("comment").isNull()).isTrue();
        assertThat(reviews.get(1).path("comment").asText()).isEqualTo("Clear and patient.");
        assertThat(reviews.get(1).path("reply").asText()).isEqualTo("Thank you!");
        assertThat(reviews.get(1).path("date").asText()).isEqualTo("2027-03-01T12:00:00Z");
    }

    @Test
    void aMentorWhoIsNotListedUnknownOrNoLongerAMentorIsNotFound() {
        long hidden = count("SELECT id FROM users WHERE telegram_id = 8803");
        long former = count("SELECT id FROM users WHERE telegram_id = 8804");
        long student = user(8805, "Student");

        for (long id : List.of(hidden, former, student, 999_999L)) {
            Answer card = api.get("/api/v1/mentors/" + id, null);
            assertThat(card.status()).isEqualTo(404);
            assertThat(card.contentType()).startsWith("application/problem+json");
            assertThat(card.text("type")).isEqualTo("/problems/not-found");
            assertThat(api.get("/api/v1/mentors/" + id + "/slots", null).status()).isEqualTo(404);
        }
        assertRefused("/api/v1/mentors/iryna", "id");
    }

    @Test
    void freeTimesLeaveOutTakenTimesAndTimesTooSoonToBook() {
        slot(iryna, "2027-03-15T11:00:00Z", "FREE"); // within the two hours' notice
        slot(iryna, "2027-03-20T18:00:00Z", "BOOKED");
        slot(iryna, "2027-03-20T19:00:00Z", "BLOCKED");
        slot(iryna, "2027-05-01T10:00:00Z", "FREE"); // past the default 30 days

        Answer times = api.get("/api/v1/mentors/" + iryna + "/slots", null);

        assertThat(times.status()).isEqualTo(200);
        assertThat(times.text("from")).isEqualTo("2027-03-15T10:00:00Z");
        assertThat(times.text("to")).isEqualTo("2027-04-14T10:00:00Z");
        assertThat(starts(times)).containsExactly("2027-03-20T16:00:00Z", "2027-03-20T17:00:00Z");
        assertThat(times.body().path("items").get(0).path("endsAt").asText()).isEqualTo("2027-03-20T17:00:00Z");
        assertThat(times.body().path("items").get(0).path("id").asLong()).isPositive();
        Answer window = api.get("/api/v1/mentors/" + iryna + "/slots?from=2027-03-20T17:00:00Z"
                + "&to=2027-05-02T00:00:00Z", null);
        assertThat(starts(window)).containsExactly("2027-03-20T17:00:00Z", "2027-05-01T10:00:00Z");
    }

    @Test
    void badTimeWindowsAreRefusedNamingTheField() {
        String path = "/api/v1/mentors/" + iryna + "/slots";
        assertRefused(path + "?from=2027-03-20T10:00:00Z&to=2027-03-20T10:00:00Z", "to");
        assertRefused(path + "?from=2027-03-20T10:00:00Z&to=2027-05-22T10:00:00Z", "to");
        assertRefused(path + "?from=tomorrow", "from");
    }

    @Test
    void timesBusyInTheMentorsGoogleCalendarAreHidden() throws Exception {
        FakeGoogle google = FakeGoogle.get();
        google.reset();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states").update();
        SimulatedUser mentor = telegram.user(8806, "Olha", "Koval", "olha", "en");
        send(mentor, "/start");
        long olha = count("SELECT id FROM users WHERE telegram_id = 8806");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(olha).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Design', '{design}', true)")
                .param(olha).update();
        slot(olha, "2027-03-20T16:00:00Z", "FREE");
        slot(olha, "2027-03-20T17:00:00Z", "FREE");
        try {
            connect(mentor, olha);
            google.busy(new Interval(Instant.parse("2027-03-20T15:30:00Z"), Instant.parse("2027-03-20T16:30:00Z")));

            assertThat(starts(api.get("/api/v1/mentors/" + olha + "/slots", null)))
                    .containsExactly("2027-03-20T17:00:00Z");
            assertThat(api.get("/api/v1/mentors/" + olha, null).text("nextFree")).isEqualTo("2027-03-20T17:00:00Z");
            JsonNode listed = api.get("/api/v1/mentors?topic=design", null).body().path("items").get(0);
            assertThat(listed.path("nextFree").asText()).isEqualTo("2027-03-20T17:00:00Z");
        } finally {
            connections.disconnect(olha);
        }
    }

    @Test
    void aPageOfTwentyMentorsIsAFixedNumberOfStatements() {
        for (int i = 0; i < 20; i++) {
            long other = mentor(8900 + i, "Mentor" + i, "Mentor " + i, "{programming}", 0, true);
            slot(other, "2027-03-2" + (i % 8 + 1) + "T10:00:00Z", "FREE");
        }

        List<String> small = statementsOf(2);
        List<String> large = statementsOf(20);

        assertThat(small).isNotEmpty();
        assertThat(large).hasSameSizeAs(small);
        assertThat(large.size()).isLessThanOrEqualTo(3); // count, page, calendar connections (22 when asked one by one)
    }

    private void assertRefused(String path, String field) {
        Answer refused = api.get(path, null);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(refused.body().path("errors").findValuesAsText("field")).as(path).containsExactly(field);
    }

    private List<String> statementsOf(int size) {
        CountedStatements.reset();
        Answer page = api.get("/api/v1/mentors?size=" + size, null);
        assertThat(page.body().path("items")).hasSize(size);
        return CountedStatements.seen();
    }

    private static JsonNode topic(JsonNode topics, String code) {
        for (JsonNode topic : topics.path("items")) {
            if (topic.path("code").asText().equals(code)) {
                return topic;
            }
        }
        throw new AssertionError("No topic " + code + " in " + topics);
    }

    private static List<String> names(Answer list) {
        List<String> names = new ArrayList<>();
        list.body().path("items").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static List<String> starts(Answer times) {
        List<String> starts = new ArrayList<>();
        times.body().path("items").forEach(item -> starts.add(item.path("startsAt").asText()));
        return starts;
    }

    private long user(long telegramId, String firstName) {
        return jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, language, time_zone)
                VALUES (?, ?, ?, 'Koval', 'en', 'Europe/Kyiv') RETURNING id
                """).params(telegramId, telegramId, firstName).query(Long.class).single();
    }

    private long mentor(long telegramId, String firstName, String headline, String topics, long priceMinor,
                        boolean listed) {
        long id = user(telegramId, firstName);
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, price_minor, listed)
                VALUES (?, ?, CAST(? AS text[]), ?, ?)
                """).params(id, headline, topics, priceMinor, listed).update();
        return id;
    }

    private long slot(long mentorId, String start, String status) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)), status)
                .query(Long.class).single();
    }

    /** A review of a completed past session with the mentor. */
    private void review(long mentorId, int stars, String comment, String reply, String at) {
        long student = user(9100 + stars, "Student");
        long slot = slot(mentorId, Instant.parse(at).minusSeconds(86_400).toString(), "BOOKED");
        long booking = jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'COMPLETED') "
                + "RETURNING id").params(slot, student).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO reviews (booking_id, mentor_id, student_id, stars, comment, reply, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(booking, mentorId, student, stars, comment, reply, Timestamp.from(Instant.parse(at)))
                .update();
    }

    /** Connects the mentor's Google Calendar as they would: the bot's consent link, then Google's answer. */
    private void connect(SimulatedUser mentor, long mentorId) throws Exception {
        BotMessage offer = send(mentor, "/connect_calendar");
        String url = offer.inlineKeyboard().stream().flatMap(List::stream).map(Button::url)
                .filter(u -> u != null && u.startsWith(FakeGoogle.get().baseUrl() + "/auth")).findFirst()
                .orElseThrow(() -> new AssertionError("No consent link in " + offer));
        String state = null;
        for (String parameter : URI.create(url).getRawQuery().split("&")) {
            if (parameter.startsWith("state=")) {
                state = URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8);
            }
        }
        URI callback = URI.create("http://127.0.0.1:" + port + "/oauth2/google/callback?state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&code=olha");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        awaitOutboxDelivered();
        assertThat(connections.status(mentorId)).isPresent();
    }
}
