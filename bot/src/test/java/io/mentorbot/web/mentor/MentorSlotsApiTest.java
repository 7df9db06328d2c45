package io.mentorbot.web.mentor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/me/slots: the mentor's slots made as /newslot makes them and changed as /myslots changes them. */
class MentorSlotsApiTest extends MentorApiTest {

    private long mentor;
    private String token;

    @BeforeEach
    void aSignedInMentor() {
        mentor = mentor(621, "Iryna", "Europe/Kyiv");
        token = signIn(621);
    }

    @Test
    void aSingleSessionBecomesAFreeSlotOfTheProfilesLength() {
        Instant start = inDays(2, 10);

        Answer answer = post("/api/v1/me/slots", Map.of("startsAt", start.toString()), token);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.text("zone")).isEqualTo("Europe/Kyiv");
        JsonNode created = answer.body().path("created").get(0);
        assertThat(created.path("startsAt").asText()).isEqualTo(start.toString());
        assertThat(created.path("endsAt").asText()).isEqualTo(start.plus(60, ChronoUnit.MINUTES).toString());
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND mentor_id = ? AND status = 'FREE'",
                created.path("id").asLong(), mentor)).isOne();
    }

    @Test
    void aRangeIsCutIntoSessionsAndAnOverlapIsReportedWithTheSlotInTheWay() {
        Instant from = inDays(3, 9);
        long existing = post("/api/v1/me/slots", Map.of("startsAt", from.plus(1, ChronoUnit.HOURS).toString()),
                token).body().path("created").get(0).path("id").asLong();

        Answer answer = post("/api/v1/me/slots", Map.of("from", from.toString(),
                "to", from.plus(3, ChronoUnit.HOURS).toString(), "minutes", 60), token);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().path("created")).hasSize(2);
        JsonNode skipped = answer.body().path("skipped").get(0);
        assertThat(skipped.path("reason").asText()).isEqualTo("overlap");
        assertThat(skipped.path("clash").path("slotId").asLong()).isEqualTo(existing);
        assertThat(skipped.path("localStart").asText()).isNotBlank();
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentor)).isEqualTo(3);
    }

    @Test
    void aWeeklyRecurrenceMakesSessionsOnTheChosenDays() {
        Answer answer = post("/api/v1/me/slots", Map.of("days", List.of("MON", "thursday"), "time", "18:00-20:00",
                "weeks", 2, "minutes", 60), token);

        assertThat(answer.status()).isIn(200, 201);
        int made = answer.body().path("created").size();
        int skipped = answer.body().path("skipped").size();
        assertThat(made + skipped).isEqualTo(8);
        assertThat(made).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentor)).isEqualTo(made);
    }

    @Test
    void aRequestTheCoreRefusesNamesTheFieldAndCreatesNothing() {
        assertThat(field(Map.of("startsAt", Instant.now().minusSeconds(3600).toString()))).isEqualTo("startsAt");
        assertThat(field(Map.of("startsAt", inDays(800, 10).toString()))).isEqualTo("startsAt");
        assertThat(field(Map.of("startsAt", inDays(2, 10).toString(), "minutes", 5))).isEqualTo("minutes");
        assertThat(field(Map.of("from", inDays(2, 12).toString(), "to", inDays(2, 10).toString()))).isEqualTo("to");
        assertThat(field(Map.of("from", inDays(2, 12).toString()))).isEqualTo("to");
        assertThat(field(Map.of("days", List.of(), "time", "18:00", "weeks", 2))).isEqualTo("days");
        assertThat(field(Map.of("days", List.of("someday"), "time", "18:00", "weeks", 2))).isEqualTo("days");
        assertThat(field(Map.of("days", List.of("MON"), "time", "6pm", "weeks", 2))).isEqualTo("time");
        assertThat(field(Map.of("days", List.of("MON"), "time", "18:00", "weeks", 60))).isEqualTo("weeks");
        assertThat(field(Map.of("startsAt", inDays(2, 10).toString(), "days", List.of("MON")))).isEqualTo("startsAt");
        assertThat(field(Map.of())).isEqualTo("startsAt");
        assertThat(count("SELECT count(*) FROM slots")).isZero();
    }

    @Test
    void theMentorListsTheirOwnSlotsInAWindowAPageAtATime() {
        long first = slot(mentor, 24, "FREE");
        slot(mentor, 26, "BLOCKED");
        slot(mentor, 28, "FREE");
        long other = mentor(622, "Oleh", "UTC");
        slot(other, 25, "FREE");

        Answer page = api.get("/api/v1/me/slots?size=2", token);
        Answer window = api.get("/api/v1/me/slots?from=" + inDays(0, 0) + "&to="
                + clock.instant().plus(27, ChronoUnit.HOURS), token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("total").asInt()).isEqualTo(3);
        assertThat(page.body().path("items")).hasSize(2);
        assertThat(page.body().path("items").get(0).path("id").asLong()).isEqualTo(first);
        assertThat(page.body().path("items").get(1).path("status").asText()).isEqualTo("blocked");
        assertThat(window.body().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/me/slots?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", token)
                .body().path("errors").get(0).path("field").asText()).isEqualTo("to");
        assertThat(api.get("/api/v1/me/slots?size=0", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/me/slots?from=yesterday", token).status()).isEqualTo(400);
    }

    @Test
    void aFreeSlotIsBlockedUnblockedAndDeleted() {
        long slot = slot(mentor, 30, "FREE");

        Answer blocked = post("/api/v1/me/slots/" + slot + "/block", Map.of(), token);
        Answer again = post("/api/v1/me/slots/" + slot + "/block", Map.of(), token);
        Answer unblocked = post("/api/v1/me/slots/" + slot + "/unblock", Map.of(), token);
        Answer deleted = api.raw("DELETE", "/api/v1/me/slots/" + slot, null, null, token);

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.text("status")).isEqualTo("blocked");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/slot-wrong-status");
        assertThat(unblocked.text("status")).isEqualTo("free");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ?", slot)).isZero();
    }

    @Test
    void aBookedSlotIsNeitherBlockedNorDeleted() {
        long slot = slot(mentor, 30, "BOOKED");
        booking(slot, student(623, "Petro"), "CONFIRMED");

        assertThat(api.raw("DELETE", "/api/v1/me/slots/" + slot, null, null, token).status()).isEqualTo(409);
        assertThat(post("/api/v1/me/slots/" + slot + "/block", Map.of(), token).status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", slot)).isOne();
    }

    @Test
    void anotherMentorsSlotIsNotFoundAndStaysAsItWas() {
        long other = mentor(624, "Oleh", "UTC");
        long free = slot(other, 30, "FREE");
        long blocked = slot(other, 32, "BLOCKED");

        for (Answer answer : List.of(post("/api/v1/me/slots/" + free + "/block", Map.of(), token),
                post("/api/v1/me/slots/" + blocked + "/unblock", Map.of(), token),
                api.raw("DELETE", "/api/v1/me/slots/" + free, null, null, token),
                post("/api/v1/me/slots/999999/block", Map.of(), token))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text("type")).isEqualTo("/problems/not-found");
        }
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", free)).isOne();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BLOCKED'", blocked)).isOne();
    }

    /** {@code days} from today at {@code hour}:00 UTC. */
    private Instant inDays(int days, int hour) {
        return clock.instant().truncatedTo(ChronoUnit.DAYS).plus(days, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }

    private String field(Map<String, Object> body) {
        Answer answer = post("/api/v1/me/slots", body, token);
        assertThat(answer.status()).as(body.toString()).isEqualTo(400);
        assertThat(answer.text("type")).isEqualTo("/problems/invalid-request");
        return answer.body().path("errors").get(0).path("field").asText();
    }
}
