package io.mentorbot.web.onboarding;

import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/me/mentor-application: applying as /apply does, the admins told in Telegram, an admin's decision read back. */
class MentorApplicationApiTest extends BotFlowTest {

    private static final String PATH = "/api/v1/me/mentor-application";
    private static final Map<String, Object> APPLICATION = Map.of("topics", List.of("programming"),
            "headline", "Backend mentor", "bio", "Ten years of Java and Spring");

    @LocalServerPort
    int port;

    private Api api;
    private SimulatedUser admin;
    private SimulatedUser anna;

    @BeforeEach
    void anAdminAndAStudentInTelegram() {
        api = new Api(port);
        admin = telegram.user(ADMIN_ID, "Ada", "Admin", "ada", "en");
        send(admin, "/start");
        anna = telegram.user(901, "Anna", "Shevchenko", "anna", "en");
        send(anna, "/start");
    }

    @Test
    void anApplicationReachesTheAdminsAndTheirApprovalMakesAMentor() {
        String token = signIn(901, "Anna");

        Answer filed = api.post(PATH, APPLICATION, token, "en");
        awaitOutboxDelivered();
        String adminNotice = lastNotice(admin).text();
        Answer again = api.post(PATH, APPLICATION, token, "en");
        Answer pending = api.get(PATH, token);
        Answer approved = api.post("/api/v1/admin/applications/" + filed.body().path("id").asLong() + "/approve",
                Map.of(), signIn(ADMIN_ID, "Ada"), "en");
        Answer decided = api.get(PATH, token);
        Answer asMentor = api.post(PATH, APPLICATION, token, "en");

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("PENDING");
        assertThat(filed.body().path("topics").get(0).asText()).isEqualTo("programming");
        assertThat(filed.text("headline")).isEqualTo("Backend mentor");
        assertThat(adminNotice).contains("New mentor application", "Anna", "Backend mentor");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/application-pending");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.text("status")).isEqualTo("PENDING");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(decided.text("status")).isEqualTo("APPROVED");
        assertThat(decided.body().path("decidedAt").asText()).endsWith("Z");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 901 AND is_mentor")).isOne();
        assertThat(asMentor.status()).isEqualTo(409);
        assertThat(asMentor.text("type")).isEqualTo("/problems/already-mentor");
        assertThat(count("SELECT count(*) FROM mentor_applications")).isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(anna).text()).contains("approved");
    }

    @Test
    void aRejectionIsReadBackWithItsReason() {
        String token = signIn(901, "Anna");
        long id = api.post(PATH, APPLICATION, token, "en").body().path("id").asLong();

        Answer rejected = api.post("/api/v1/admin/applications/" + id + "/reject",
                Map.of("reason", "Tell us more about your experience"), signIn(ADMIN_ID, "Ada"), "en");
        Answer mine = api.get(PATH, token);

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(mine.text("status")).isEqualTo("REJECTED");
        assertThat(mine.text("reason")).isEqualTo("Tell us more about your experience");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 901 AND is_mentor")).isZero();
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsFiled() {
        String token = signIn(901, "Anna");

        assertThat(field(token, Map.of("topics", List.of("alchemy"), "headline", "H", "bio", "B"))).isEqualTo("topics");
        assertThat(field(token, Map.of("topics", List.of(), "headline", "H", "bio", "B"))).isEqualTo("topics");
        assertThat(field(token, Map.of("headline", "H", "bio", "B"))).isEqualTo("topics");
        assertThat(field(token, Map.of("topics", List.of("programming"), "bio", "B"))).isEqualTo("headline");
        assertThat(field(token, Map.of("topics", List.of("programming"), "headline", "H", "bio", " ")))
                .isEqualTo("bio");
        assertThat(field(token, Map.of("topics", List.of("programming"), "headline", "H", "bio", "x".repeat(5000))))
                .isEqualTo("bio");
        assertThat(count("SELECT count(*) FROM mentor_applications")).isZero();
    }

    @Test
    void withoutAnApplicationThereIsNothingToReadAndAnonymousCallersAreRefused() {
        assertThat(api.get(PATH, signIn(901, "Anna")).status()).isEqualTo(404);
        assertThat(api.get(PATH, signIn(901, "Anna")).text("type")).isEqualTo("/problems/not-found");
        assertThat(api.post(PATH, APPLICATION, null, "en").status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM mentor_applications")).isZero();
    }

    private String field(String token, Map<String, Object> body) {
        Answer answer = api.post(PATH, body, token, "en");
        assertThat(answer.status()).as(body.toString()).isEqualTo(400);
        assertThat(answer.text("type")).isEqualTo("/problems/invalid-request");
        return answer.body().path("errors").get(0).path("field").asText();
    }

    private String signIn(long telegramId, String firstName) {
        return api.post("/api/v1/auth/telegram", Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN,
                telegramId, firstName, "en", clock.instant()))).text("accessToken");
    }
}
