package io.mentorbot.web.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's notice feed: a mentor hears of a new booking, a student of the mentor's cancellation, each in their
 * language and zone; notices are marked read; nobody sees or marks another person's. The clock stands at Monday
 * 15 March 2027, 12:00 in Kyiv; the mentor's slots are Saturday 20 March, 16:00 and 17:00 UTC (18:00, 19:00 in Kyiv).
 */
class NoticesApiTest extends BotFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    private BookingDesk bookings;
    @Autowired
    private AccountDesk accounts;

    private Api api;
    private long mentorId;
    private String mentorToken;
    private long slot;
    private long nextSlot;

    @BeforeEach
    void aMentorWithTwoFreeSaturdayHours() {
        api = new Api(port);
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        send(telegram.user(801, "Iryna", "Koval", "iryna", "en"), "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        slot = slotAt("2027-03-20T16:00:00Z");
        nextSlot = slotAt("2027-03-20T17:00:00Z");
        mentorToken = signIn(801, "Iryna");
    }

    @Test
    void theMentorSeesTheNewBookingAndTheStudentTheMentorsCancellation() {
        String john = signIn(901, "John");
        long booking = book(john, slot);

        Answer mentorFeed = api.get("/api/v1/me/notices", mentorToken);
        assertThat(mentorFeed.status()).isEqualTo(200);
        assertThat(mentorFeed.body().path("page").asInt()).isZero();
        assertThat(mentorFeed.body().path("size").asInt()).isEqualTo(20);
        assertThat(mentorFeed.body().path("total").asLong()).isOne();
        assertThat(mentorFeed.body().path("unread").asLong()).isOne();
        JsonNode item = mentorFeed.body().path("items").get(0);
        assertThat(item.path("kind").asText()).isEqualTo("BOOKING_NEW");
        assertThat(item.path("bookingId").asLong()).isEqualTo(booking);
        assertThat(item.path("text").asText()).isEqualTo("New booking: John, Sat 20 Mar 18:00 (Europe/Kyiv)");
        assertThat(item.path("createdAt").asText()).isEqualTo("2027-03-15T10:00:00Z");
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/me/notices", john).body().path("total").asLong()).isZero();

        assertThat(bookings.cancelByMentor(booking, mentorId, "Ill", false).result().name()).isEqualTo("DONE");

        JsonNode johns = api.get("/api/v1/me/notices", john).body();
        assertThat(johns.path("total").asLong()).isOne();
        assertThat(johns.path("items").get(0).path("kind").asText()).isEqualTo("BOOKING_CANCELLED");
        assertThat(johns.path("items").get(0).path("text").asText())
                .startsWith("Cancelled: your session with Iryna").endsWith("Sat 20 Mar 18:00 (Europe/Kyiv)");
        assertThat(api.get("/api/v1/me/notices", mentorToken).body().path("total").asLong())
                .as("the mentor cancelled: nothing new for her").isOne();
    }

    @Test
    void aUkrainianStudentInWarsawReadsTheCancellationInUkrainianInHerZone() {
        String olena = signIn(902, "Олена");
        long olenaId = count("SELECT id FROM users WHERE telegram_id = 902");
        accounts.changeLanguage(olenaId, Language.UK);
        accounts.changeTimeZone(olenaId, java.time.ZoneId.of("Europe/Warsaw"));
        long booking = book(olena, nextSlot);
        bookings.cancelByMentor(booking, mentorId, "Ill", false);

        JsonNode item = api.get("/api/v1/me/notices", olena).body().path("items").get(0);

        assertThat(item.path("text").asText()).startsWith("Скасовано: ваша сесія з Iryna")
                .contains("20", "18:00 (Europe/Warsaw)");
        assertThat(api.get("/api/v1/me/notices", mentorToken).body().path("items").get(0).path("text").asText())
                .isEqualTo("New booking: Олена, Sat 20 Mar 19:00 (Europe/Kyiv)");
    }

    @Test
    void noticesAreMarkedReadUpToAnIdAndTheUnreadFilterFollows() {
        String john = signIn(901, "John");
        long first = book(john, slot);
        book(john, nextSlot);
        JsonNode items = api.get("/api/v1/me/notices", mentorToken).body().path("items");
        assertThat(items).hasSize(2);
        long newest = items.get(0).path("id").asLong();
        long older = items.get(1).path("id").asLong();
        assertThat(items.get(1).path("bookingId").asLong()).isEqualTo(first);

        Answer marked = api.post("/api/v1/me/notices/read", Map.of("upTo", older), mentorToken, "en");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body().path("marked").asInt()).isOne();
        assertThat(marked.body().path("unread").asLong()).isOne();
        JsonNode unread = api.get("/api/v1/me/notices?unread=true", mentorToken).body();
        assertThat(unread.path("total").asLong()).isOne();
        assertThat(unread.path("items").get(0).path("id").asLong()).isEqualTo(newest);
        JsonNode paged = api.get("/api/v1/me/notices?page=1&size=1", mentorToken).body();
        assertThat(paged.path("items").get(0).path("id").asLong()).isEqualTo(older);
        assertThat(paged.path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(paged.path("total").asLong()).isEqualTo(2);
        assertThat(paged.path("unread").asLong()).isOne();
    }

    @Test
    void anotherPersonsNoticesAreNeverShownNorMarked() {
        String john = signIn(901, "John");
        long booking = book(john, slot);
        long mentorsNotice = api.get("/api/v1/me/notices", mentorToken).body().path("items").get(0).path("id").asLong();
        String ann = signIn(903, "Ann");

        assertThat(api.get("/api/v1/me/notices", ann).body().path("total").asLong()).isZero();
        Answer refused = api.post("/api/v1/me/notices/read", Map.of("upTo", mentorsNotice), john, "en");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("type")).isEqualTo("/problems/not-found");
        assertThat(api.get("/api/v1/me/notices", mentorToken).body().path("unread").asLong()).isOne();
        assertThat(api.post("/api/v1/me/notices/read", Map.of("upTo", mentorsNotice + 1000), mentorToken, "en")
                .status()).isEqualTo(404);

        bookings.cancelByMentor(booking, mentorId, "Ill", false);
        long johnId = count("SELECT id FROM users WHERE telegram_id = 901");
        assertThat(count("SELECT count(*) FROM notices WHERE account_id = ?", johnId)).isOne();
        accounts.erase(johnId);
        assertThat(count("SELECT count(*) FROM notices WHERE account_id = ?", johnId)).isZero();
    }

    @Test
    void theMentorHearsOfAMoveAtItsNewTime() {
        String john = signIn(901, "John");
        long booking = book(john, slot);
        long johnId = count("SELECT id FROM users WHERE telegram_id = 901");

        assertThat(bookings.reschedule(booking, johnId, nextSlot).result().name()).isEqualTo("DONE");

        JsonNode item = api.get("/api/v1/me/notices", mentorToken).body().path("items").get(0);
        assertThat(item.path("kind").asText()).isEqualTo("BOOKING_RESCHEDULED");
        assertThat(item.path("text").asText()).isEqualTo("John moved your session to Sat 20 Mar 19:00 (Europe/Kyiv)");
        assertThat(api.get("/api/v1/me/notices", john).body().path("total").asLong()).isZero();
    }

    @Test
    void aStudentWhoseTimeToPayRanOutHearsThatTheTimeWasReleased() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH' WHERE user_id = ?").param(mentorId)
                .update();
        String john = signIn(901, "John");
        long booking = book(john, slot);

        clock.setTo(Instant.parse("2027-03-15T10:16:00Z"));
        assertThat(bookings.expireHolds()).isOne();
        john = signIn(901, "John"); // 16 minutes on, the first access tokens have expired
        mentorToken = signIn(801, "Iryna");

        JsonNode item = api.get("/api/v1/me/notices", john).body().path("items").get(0);
        assertThat(item.path("kind").asText()).isEqualTo("HOLD_EXPIRED");
        assertThat(item.path("bookingId").asLong()).isEqualTo(booking);
        assertThat(item.path("text").asText()).startsWith("Your unpaid booking with Iryna")
                .contains("Sat 20 Mar 18:00", "(Europe/Kyiv)").endsWith("the time to pay ran out");
        assertThat(api.get("/api/v1/me/notices", mentorToken).body().path("total").asLong())
                .as("an unpaid booking was never the mentor's news").isZero();
    }

    @Test
    void graphQlListsTheSameNoticesOnMe() {
        String john = signIn(901, "John");
        long booking = book(john, slot);

        Answer answer = api.post("/graphql", Map.of("query",
                "{ me { id notices(first: 5) { id kind bookingId text createdAt read } } }"), mentorToken, "en");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode notices = answer.body().path("data").path("me").path("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("kind").asText()).isEqualTo("BOOKING_NEW");
        assertThat(notices.get(0).path("bookingId").asLong()).isEqualTo(booking);
        assertThat(notices.get(0).path("text").asText()).isEqualTo("New booking: John, Sat 20 Mar 18:00 (Europe/Kyiv)");
        assertThat(notices.get(0).path("read").asBoolean()).isFalse();
        JsonNode johns = api.post("/graphql", Map.of("query", "{ me { notices { id } } }"), john, "en").body();
        assertThat(johns.path("data").path("me").path("notices")).isEmpty();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused(api.get("/api/v1/me/notices?size=0", mentorToken), "size");
        assertRefused(api.get("/api/v1/me/notices?size=51", mentorToken), "size");
        assertRefused(api.get("/api/v1/me/notices?page=-1", mentorToken), "page");
        assertRefused(api.post("/api/v1/me/notices/read", Map.of(), mentorToken, "en"), "upTo");
        assertRefused(api.post("/api/v1/me/notices/read", Map.of("upTo", 0), mentorToken, "en"), "upTo");
        assertThat(api.get("/api/v1/me/notices", null).status()).isEqualTo(401);
    }

    private void assertRefused(Answer refused, String field) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(field);
    }

    private String signIn(long telegramId, String firstName) {
        String initData = TelegramSigned.initData(TestBotApi.TOKEN, telegramId, firstName, "en", clock.instant());
        return api.post("/api/v1/auth/telegram", Map.of("initData", initData)).text("accessToken");
    }

    private long book(String token, long slotId) {
        Answer booked = api.post("/api/v1/bookings", Map.of("slotId", slotId), token, "en");
        assertThat(booked.status()).isEqualTo(201);
        return booked.body().path("id").asLong();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
