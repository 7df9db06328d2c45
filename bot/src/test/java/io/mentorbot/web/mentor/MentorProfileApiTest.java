package io.mentorbot.web.mentor;

import java.util.List;
import java.util.Map;

import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GET and PATCH /api/v1/me/mentor-profile: the profile /profile edits, with the same checks. */
class MentorProfileApiTest extends MentorApiTest {

    private long mentor;
    private String token;

    @BeforeEach
    void aSignedInMentor() {
        mentor = mentor(601, "Iryna", "Europe/Kyiv");
        token = signIn(601);
    }

    @Test
    void aMentorReadsTheirOwnProfile() {
        Answer answer = api.get("/api/v1/me/mentor-profile", token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("mentorId").asLong()).isEqualTo(mentor);
        assertThat(answer.text("headline")).isEqualTo("Java mentor");
        assertThat(answer.body().path("topics").get(0).asText()).isEqualTo("programming");
        assertThat(answer.body().path("price").path("amount").asText()).isEqualTo("0.00");
        assertThat(answer.body().path("sessionMinutes").asInt()).isEqualTo(60);
        assertThat(answer.body().path("listed").asBoolean()).isTrue();
        assertThat(answer.body().path("photoUrl").isNull()).isTrue();
    }

    @Test
    void aMentorChangesSeveralFieldsAtOnce() {
        Answer answer = patch("/api/v1/me/mentor-profile", Map.of("headline", "  Kotlin and Java  ",
                "bio", "Backend for fifteen years", "topics", List.of("programming", "career"), "price", "25.50",
                "currency", "usd", "sessionMinutes", 45, "listed", false), token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("headline")).isEqualTo("Kotlin and Java");
        assertThat(answer.body().path("price").path("amount").asText()).isEqualTo("25.50");
        assertThat(answer.body().path("price").path("currency").asText()).isEqualTo("USD");
        assertThat(count("SELECT price_minor FROM mentor_profiles WHERE user_id = ?", mentor)).isEqualTo(2550);
        assertThat(count("SELECT session_minutes FROM mentor_profiles WHERE user_id = ?", mentor)).isEqualTo(45);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND NOT listed "
                + "AND topics = '{programming,career}'", mentor)).isOne();
    }

    @Test
    void aRefusedValueNamesItsFieldAndNothingIsChanged() {
        Answer answer = patch("/api/v1/me/mentor-profile", Map.of("headline", "Something new",
                "sessionMinutes", 5), token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("sessionMinutes");
        assertThat(answer.body().path("errors").get(0).path("message").asText()).contains("240");
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND headline = 'Java mentor'",
                mentor)).isOne();
    }

    @Test
    void everyKindOfBadValueNamesItsField() {
        assertThat(field(Map.of("topics", List.of("astrology")))).isEqualTo("topics");
        assertThat(field(Map.of("topics", List.of()))).isEqualTo("topics");
        assertThat(field(Map.of("price", "a lot"))).isEqualTo("price");
        assertThat(field(Map.of("price", "100000000"))).isEqualTo("price");
        assertThat(field(Map.of("currency", "DOLLARS"))).isEqualTo("currency");
        assertThat(field(Map.of("headline", "x".repeat(121)))).isEqualTo("headline");
        assertThat(field(Map.of("bio", "   "))).isEqualTo("bio");
    }

    @Test
    void aStudentMayNotUseTheMentorsPaths() {
        student(602, "Petro");
        String studentToken = signIn(602);

        assertThat(api.get("/api/v1/me/mentor-profile", studentToken).status()).isEqualTo(403);
        assertThat(patch("/api/v1/me/mentor-profile", Map.of("headline", "Me"), studentToken).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/me/slots", studentToken).status()).isEqualTo(403);
        assertThat(post("/api/v1/me/slots", Map.of("startsAt", "2030-01-01T10:00:00Z"), studentToken).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/me/clients", studentToken).status()).isEqualTo(403);
        Answer outcome = post("/api/v1/sessions/1/outcome", Map.of("outcome", "completed"), studentToken);
        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.text("type")).isEqualTo("/problems/forbidden");
        assertThat(upload("/api/v1/me/mentor-profile/photo", studentToken, "a.png", "image/png",
                MentorPhotoApiTest.PNG).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id <> ?", mentor)).isZero();
    }

    @Test
    void withoutATokenTheMentorsPathsAskForSignIn() {
        assertThat(api.get("/api/v1/me/mentor-profile", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/clients", null).status()).isEqualTo(401);
    }

    @Test
    void theMentorsPathsAreDescribedAsOpenApi() {
        Answer docs = api.get("/v3/api-docs", null);

        assertThat(docs.body().path("paths").has("/api/v1/me/mentor-profile")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/me/mentor-profile/photo")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/mentors/{id}/photo")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/me/slots/{id}/block")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/sessions/{id}/outcome")).isTrue();
    }

    private String field(Map<String, Object> patch) {
        Answer answer = patch("/api/v1/me/mentor-profile", patch, token);
        assertThat(answer.status()).as(patch.toString()).isEqualTo(400);
        assertThat(answer.text("type")).isEqualTo("/problems/invalid-request");
        return answer.body().path("errors").get(0).path("field").asText();
    }
}
