package io.mentorbot.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin lists: filters, a whitelist of orders, pages of {items, page, size, total}, and bad input named. */
class AdminListsApiTest extends AdminApiFixtures {

    @Autowired
    MentorOnboarding onboarding;

    @Test
    void usersAreFilteredByTextRoleAndBlockingSortedAndPaged() {
        long anna = student("Anna", "anna_k");
        long bohdan = student("Bohdan", null);
        long taras = mentor("Taras", true);
        jdbc.sql("UPDATE users SET blocked = true WHERE id = ?").param(bohdan).update();

        Answer byName = api.get("/api/v1/admin/users?sort=name&size=2", admin);
        Answer secondPage = api.get("/api/v1/admin/users?sort=name&size=2&page=1", admin);

        assertThat(byName.status()).isEqualTo(200);
        assertThat(ids(byName)).containsExactly(anna, bohdan);
        assertThat(byName.body().path("total").asLong()).isEqualTo(4);
        assertThat(byName.body().path("page").asInt()).isZero();
        assertThat(byName.body().path("size").asInt()).isEqualTo(2);
        assertThat(ids(secondPage)).containsExactly(adminId, taras);
        assertThat(ids(api.get("/api/v1/admin/users?sort=-name&size=1", admin))).containsExactly(taras);
        assertThat(ids(api.get("/api/v1/admin/users?q=ANNA", admin))).containsExactly(anna);
        assertThat(ids(api.get("/api/v1/admin/users?q=@anna_k", admin))).containsExactly(anna);
        assertThat(ids(api.get("/api/v1/admin/users?role=MENTOR", admin))).containsExactly(taras);
        assertThat(ids(api.get("/api/v1/admin/users?role=ADMIN", admin))).containsExactly(adminId);
        assertThat(ids(api.get("/api/v1/admin/users?role=STUDENT&sort=id", admin))).containsExactly(anna, bohdan);
        assertThat(ids(api.get("/api/v1/admin/users?blocked=true", admin))).containsExactly(bohdan);
        JsonNode first = byName.body().path("items").get(0);
        assertThat(first.path("firstName").asText()).isEqualTo("Anna");
        assertThat(first.path("username").asText()).isEqualTo("anna_k");
        assertThat(first.path("roles").toString()).isEqualTo("[\"STUDENT\"]");
        assertThat(first.path("blocked").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/admin/users/" + taras, admin).body().path("roles").toString()).contains("MENTOR");
    }

    @Test
    void anOrderOffTheListAnUnknownRoleOrAPageTooLargeIsABadRequestNamingTheField() {
        assertBadField("/api/v1/admin/users?sort=telegram_id", "sort");
        assertBadField("/api/v1/admin/users?sort=name;drop", "sort");
        assertBadField("/api/v1/admin/users?role=OWNER", "role");
        assertBadField("/api/v1/admin/users?size=101", "size");
        assertBadField("/api/v1/admin/users?page=-1", "page");
        assertBadField("/api/v1/admin/mentors?listed=perhaps", "listed");
        assertBadField("/api/v1/admin/slots?status=GONE", "status");
        assertBadField("/api/v1/admin/slots?from=yesterday", "from");
        assertBadField("/api/v1/admin/bookings?mentor=x", "mentor");
        assertBadField("/api/v1/admin/applications?status=MAYBE", "status");
        assertBadField("/api/v1/admin/audit?actor=me", "actor");
    }

    @Test
    void anUnknownIdIsNotFound() {
        for (String path : List.of("users", "mentors", "slots", "bookings", "applications")) {
            Answer answer = api.get("/api/v1/admin/" + path + "/999999", admin);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.text("type")).as(path).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void mentorsAreFilteredByTextAndListing() {
        long taras = mentor("Taras", true);
        long maria = mentor("Maria", false);

        Answer all = api.get("/api/v1/admin/mentors", admin);

        assertThat(ids(all)).containsExactly(maria, taras);
        assertThat(ids(api.get("/api/v1/admin/mentors?listed=false", admin))).containsExactly(maria);
        assertThat(ids(api.get("/api/v1/admin/mentors?q=tar", admin))).containsExactly(taras);
        assertThat(ids(api.get("/api/v1/admin/mentors?sort=-id", admin))).containsExactly(maria, taras);
        JsonNode card = all.body().path("items").get(1);
        assertThat(card.path("listed").asBoolean()).isTrue();
        assertThat(card.path("price").path("currency").asText()).isEqualTo("UAH");
        assertThat(card.path("price").path("amount").asLong()).isZero();
    }

    @Test
    void slotsAreFilteredByMentorStatusAndTime() {
        long taras = mentor("Taras", true);
        long maria = mentor("Maria", true);
        long soon = slot(taras, Duration.ofDays(1), "FREE");
        long later = slot(taras, Duration.ofDays(3), "BLOCKED");
        long hers = slot(maria, Duration.ofDays(2), "FREE");
        Instant inTwoDays = clock.instant().plus(Duration.ofDays(2));

        assertThat(ids(api.get("/api/v1/admin/slots", admin))).containsExactly(soon, hers, later);
        assertThat(ids(api.get("/api/v1/admin/slots?mentor=" + taras, admin))).containsExactly(soon, later);
        assertThat(ids(api.get("/api/v1/admin/slots?status=BLOCKED", admin))).containsExactly(later);
        assertThat(ids(api.get("/api/v1/admin/slots?from=" + inTwoDays + "&sort=-starts", admin)))
                .containsExactly(later);
        assertThat(ids(api.get("/api/v1/admin/slots?to=" + inTwoDays, admin))).containsExactly(soon, hers);
        JsonNode slot = api.get("/api/v1/admin/slots/" + soon, admin).body();
        assertThat(slot.path("mentorId").asLong()).isEqualTo(taras);
        assertThat(slot.path("status").asText()).isEqualTo("FREE");
        assertThat(slot.path("startsAt").asText()).endsWith("Z");
    }

    @Test
    void bookingsAreFilteredByStatusMentorStudentAndTime() {
        long taras = mentor("Taras", true);
        long maria = mentor("Maria", true);
        long olena = student("Olena", null);
        long petro = student("Petro", null);
        long first = booked(olena, slot(taras, Duration.ofDays(1), "FREE"));
        long second = booked(petro, slot(maria, Duration.ofDays(2), "FREE"));
        long third = booked(olena, slot(maria, Duration.ofDays(3), "FREE"));
        desk.cancelByAdmin(third, adminId, "Busy");

        assertThat(ids(api.get("/api/v1/admin/bookings", admin))).containsExactly(third, second, first);
        assertThat(ids(api.get("/api/v1/admin/bookings?status=CANCELLED", admin))).containsExactly(third);
        assertThat(ids(api.get("/api/v1/admin/bookings?mentor=" + maria + "&sort=starts", admin)))
                .containsExactly(second, third);
        assertThat(ids(api.get("/api/v1/admin/bookings?student=" + olena + "&mentor=" + maria, admin)))
                .containsExactly(third);
        assertThat(ids(api.get("/api/v1/admin/bookings?from=" + clock.instant().plus(Duration.ofHours(30))
                + "&to=" + clock.instant().plus(Duration.ofHours(60)), admin))).containsExactly(second);
        JsonNode booking = api.get("/api/v1/admin/bookings/" + third, admin).body();
        assertThat(booking.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(booking.path("cancelReason").asText()).isEqualTo("Busy");
        assertThat(booking.path("studentName").asText()).isEqualTo("Olena");
        assertThat(booking.path("price").has("amount")).isTrue();
    }

    @Test
    void applicationsAreListedByStatusOldestFirst() {
        long anna = student("Anna", null);
        long bohdan = student("Bohdan", null);
        long first = onboarding.apply(anna, List.of("programming"), "Java mentor", "Ten years of Java").id();
        long second = onboarding.apply(bohdan, List.of("programming"), "Kotlin mentor", "Five years of Kotlin").id();
        onboarding.reject(second, adminId, "Too short");

        assertThat(ids(api.get("/api/v1/admin/applications", admin))).containsExactly(first, second);
        assertThat(ids(api.get("/api/v1/admin/applications?status=PENDING", admin))).containsExactly(first);
        JsonNode rejected = api.get("/api/v1/admin/applications?status=REJECTED", admin).body().path("items").get(0);
        assertThat(rejected.path("reason").asText()).isEqualTo("Too short");
        assertThat(rejected.path("userId").asLong()).isEqualTo(bohdan);
        assertThat(rejected.path("decidedAt").asText()).endsWith("Z");
    }

    @Test
    void theAuditLogIsFilteredByActorAndTimeNewestFirst() {
        long anna = student("Anna", null);
        long bohdan = student("Bohdan", null);
        api.post("/api/v1/admin/users/" + anna + "/block", java.util.Map.of(), admin, null);
        Instant between = clock.instant();
        clock.setTo(between.plusSeconds(60));
        api.post("/api/v1/admin/users/" + bohdan + "/block", java.util.Map.of(), admin, null);

        Answer all = api.get("/api/v1/admin/audit?actor=" + adminId, admin);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().path("total").asLong()).isEqualTo(2);
        JsonNode newest = all.body().path("items").get(0);
        assertThat(newest.path("action").asText()).isEqualTo("block");
        assertThat(newest.path("target").asText()).isEqualTo("user:" + bohdan);
        assertThat(newest.path("adminId").asLong()).isEqualTo(adminId);
        assertThat(api.get("/api/v1/admin/audit?to=" + between.plusSeconds(1), admin).body().path("total").asLong())
                .isOne();
        assertThat(api.get("/api/v1/admin/audit?from=" + between.plusSeconds(30), admin).body().path("items")
                .get(0).path("target").asText()).isEqualTo("user:" + bohdan);
        assertThat(api.get("/api/v1/admin/audit?actor=" + anna, admin).body().path("total").asLong()).isZero();
    }

    private void assertBadField(String path, String field) {
        Answer answer = api.get(path, admin);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.text("type")).as(path).isEqualTo("/problems/invalid-request");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).as(path).isEqualTo(field);
    }

    private static List<Long> ids(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
