package io.mentorbot.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may use the admin API, and the platform's numbers. */
class AdminApiTest extends AdminApiFixtures {

    @Autowired
    MentorOnboarding onboarding;

    private static final List<String> READS = List.of("/api/v1/admin/stats", "/api/v1/admin/users",
            "/api/v1/admin/users/1", "/api/v1/admin/mentors", "/api/v1/admin/mentors/1", "/api/v1/admin/slots",
            "/api/v1/admin/slots/1", "/api/v1/admin/bookings", "/api/v1/admin/bookings/1",
            "/api/v1/admin/applications", "/api/v1/admin/applications/1", "/api/v1/admin/audit",
            "/api/v1/admin/export/users.csv", "/api/v1/admin/export/bookings.csv");

    private static final List<String> WRITES = List.of("/users/%d/make-mentor", "/users/%d/unmake-mentor",
            "/users/%d/block", "/users/%d/unblock", "/users/%d/revoke-admin", "/mentors/%d/list",
            "/mentors/%d/unlist", "/slots/%d/block", "/slots/%d/unblock", "/users/%d/grant-admin",
            "/bookings/%d/cancel", "/applications/%d/approve", "/applications/%d/reject");

    @Test
    void statsGiveTheBotsNumbersWithADayByDaySeriesInTheAdminsZone() {
        long mentor = mentor("Taras", true);
        long student = student("Olena", "olena");
        booked(student, slot(mentor, Duration.ofDays(2), "FREE"));

        Answer stats = api.get("/api/v1/admin/stats?days=7", admin);

        assertThat(stats.status()).isEqualTo(200);
        JsonNode body = stats.body();
        assertThat(body.path("users").asLong()).isEqualTo(3);
        assertThat(body.path("mentors").asLong()).isEqualTo(1);
        assertThat(body.path("bookings").asLong()).isEqualTo(1);
        assertThat(body.path("bookingsByStatus").path("CONFIRMED").asLong()).isEqualTo(1);
        assertThat(body.path("zone").asText()).isNotBlank();
        assertThat(body.path("days").asInt()).isEqualTo(7);
        JsonNode series = body.path("series");
        assertThat(series).hasSize(7);
        JsonNode today = series.get(6);
        assertThat(today.path("day").asText())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneId.of(body.path("zone").asText())).toString());
        assertThat(today.path("bookings").asLong()).isEqualTo(1);
        assertThat(today.path("signUps").asLong()).isEqualTo(3);
        assertThat(api.get("/api/v1/admin/stats", admin).body().path("series")).hasSize(30);
    }

    @Test
    void aSeriesOfNoDaysOrMoreThanAYearIsABadRequestNamingDays() {
        for (String days : List.of("0", "367", "many")) {
            Answer answer = api.get("/api/v1/admin/stats?days=" + days, admin);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.text("type")).isEqualTo("/problems/invalid-request");
            assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("days");
        }
    }

    @Test
    void someoneWhoIsNotAnAdminGets403OnEveryAdminPathAndChangesNothing() {
        long mentor = mentor("Taras", true);
        long slot = slot(mentor, Duration.ofDays(2), "FREE");
        long other = student("Petro", null);
        long booking = booked(other, slot(mentor, Duration.ofDays(3), "FREE"));
        long application = onboarding.apply(other, List.of("programming"), "Go mentor", "Years of Go").id();
        String student = signIn(501, "Olena");
        String mentorToken = signIn(telegramIdOf(mentor), "Taras");

        for (String token : List.of(student, mentorToken)) {
            for (String path : READS) {
                Answer answer = api.get(path, token);
                assertThat(answer.status()).as(path).isEqualTo(403);
                assertThat(answer.text("type")).as(path).isEqualTo("/problems/forbidden");
            }
            for (String path : WRITES) {
                long id = path.startsWith("/slots") ? slot : path.startsWith("/bookings") ? booking
                        : path.startsWith("/applications") ? application : mentor;
                Map<String, String> body = Map.of("reason", "Because", "until",
                        clock.instant().plus(Duration.ofDays(1)).toString());
                assertThat(api.post("/api/v1/admin" + path.formatted(id), body, token, null).status())
                        .as(path).isEqualTo(403);
            }
            assertThat(api.raw("DELETE", "/api/v1/admin/slots/" + slot, null, null, token).status()).isEqualTo(403);
        }
        assertThat(audits()).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'FREE'")).isOne();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'PENDING'")).isOne();
        assertThat(count("SELECT count(*) FROM users WHERE is_admin")).isOne();
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE listed")).isOne();
    }

    @Test
    void withoutATokenTheAdminApiAnswers401() {
        assertThat(api.get("/api/v1/admin/users", null).status()).isEqualTo(401);
    }

    @Test
    void aTemporaryAdminWhoseGrantIsRevokedIsRefusedAtOnceWithTheSameToken() {
        long helper = student("Iryna", "iryna");
        Instant until = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        Answer granted = api.post("/api/v1/admin/users/" + helper + "/grant-admin", Map.of("until", until.toString()),
                admin, null);
        String helperToken = signIn(telegramIdOf(helper), "Iryna");

        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().path("roles").toString()).contains("ADMIN");
        assertThat(Instant.parse(granted.text("adminUntil"))).isEqualTo(until);
        assertThat(api.get("/api/v1/admin/users", helperToken).status()).isEqualTo(200);

        Answer revoked = api.post("/api/v1/admin/users/" + helper + "/revoke-admin", Map.of(), admin, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("roles").toString()).doesNotContain("ADMIN");
        Answer refused = api.get("/api/v1/admin/users", helperToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("/problems/forbidden");
        assertThat(audited("grant-admin")).isOne();
        assertThat(audited("revoke-admin")).isOne();
    }

    @Test
    void aTemporaryAdminMayNotGrantAdminRightsAndAGrantIsCappedAndInTheFuture() {
        long helper = student("Iryna", "iryna");
        long other = student("Petro", null);
        api.post("/api/v1/admin/users/" + helper + "/grant-admin",
                Map.of("until", clock.instant().plus(Duration.ofHours(2)).toString()), admin, null);
        String helperToken = signIn(telegramIdOf(helper), "Iryna");

        Answer byHelper = api.post("/api/v1/admin/users/" + other + "/grant-admin",
                Map.of("until", clock.instant().plus(Duration.ofHours(2)).toString()), helperToken, null);
        Answer tooLong = api.post("/api/v1/admin/users/" + other + "/grant-admin",
                Map.of("until", clock.instant().plus(Duration.ofDays(91)).toString()), admin, null);
        Answer past = api.post("/api/v1/admin/users/" + other + "/grant-admin",
                Map.of("until", clock.instant().minus(Duration.ofHours(1)).toString()), admin, null);
        Answer self = api.post("/api/v1/admin/users/" + adminId + "/grant-admin",
                Map.of("until", clock.instant().plus(Duration.ofHours(2)).toString()), admin, null);

        assertThat(byHelper.status()).isEqualTo(403);
        assertThat(byHelper.text("type")).isEqualTo("/problems/admin-configured-only");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("type")).isEqualTo("/problems/admin-grant-too-long");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().path("errors").get(0).path("field").asText()).isEqualTo("until");
        assertThat(self.status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_admin", other)).isZero();
        assertThat(audited("grant-admin")).isOne();
    }

    @Test
    void aTemporaryAdminBlocksUsersButGivesNoLastingMentorRights() {
        long helper = student("Iryna", "iryna");
        long anna = student("Anna", null);
        api.post("/api/v1/admin/users/" + helper + "/grant-admin",
                Map.of("until", clock.instant().plus(Duration.ofHours(2)).toString()), admin, null);
        String helperToken = signIn(telegramIdOf(helper), "Iryna");

        Answer blocked = api.post("/api/v1/admin/users/" + anna + "/block", Map.of(), helperToken, null);
        Answer mentor = api.post("/api/v1/admin/users/" + anna + "/make-mentor", Map.of(), helperToken, null);

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(mentor.status()).isEqualTo(403);
        assertThat(mentor.text("type")).isEqualTo("/problems/admin-configured-only");
        assertThat(count("SELECT count(*) FROM admin_audit WHERE admin_id = ? AND action = 'block'", helper)).isOne();
        assertThat(audited("make-mentor")).isZero();
    }

    @Test
    void theAdminApiIsDescribedInTheOpenApiDocument() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");

        assertThat(paths.has("/api/v1/admin/stats")).isTrue();
        assertThat(paths.has("/api/v1/admin/users")).isTrue();
        assertThat(paths.has("/api/v1/admin/bookings/{id}/cancel")).isTrue();
        assertThat(paths.has("/api/v1/admin/export/bookings.csv")).isTrue();
    }
}
