package io.mentorbot.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import io.mentorbot.sandbox.emulator.SimulatedUser;
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

/** Signing in to the web API with Telegram, and what the tokens then allow: the bot's accounts, the bot's rules. */
class SignInApiTest extends BotFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private Api api;

    @BeforeEach
    void anApiClient() {
        api = new Api(port);
        jdbc.sql("DELETE FROM refresh_tokens").update();
    }

    private String initData(long telegramId, String firstName, String language, Instant signedAt) {
        return TelegramSigned.initData(TestBotApi.TOKEN, telegramId, firstName, language, signedAt);
    }

    private Answer signIn(long telegramId, String firstName) {
        return api.post("/api/v1/auth/telegram", Map.of("initData",
                initData(telegramId, firstName, "en", clock.instant())));
    }

    @Test
    void aMiniAppSignInIsTheSameAccountTheBotKnows() {
        SimulatedUser olena = telegram.user(501, "Olena", "Shevchenko", "olena", "uk");
        send(olena, "/start");
        long accountId = count("SELECT id FROM users WHERE telegram_id = 501");

        Answer signedIn = signIn(501, "Olena");

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body().path("accountId").asLong()).isEqualTo(accountId);
        assertThat(signedIn.body().path("newcomer").asBoolean()).isFalse();
        assertThat(signedIn.text("tokenType")).isEqualTo("Bearer");
        assertThat(signedIn.body().path("expiresIn").asLong()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        Answer me = api.get("/api/v1/me", signedIn.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("id").asLong()).isEqualTo(accountId);
        assertThat(me.text("language")).isEqualTo("uk");
        assertThat(me.body().path("roles").toString()).contains("STUDENT");
        assertThat(count("SELECT count(*) FROM users")).isOne();
    }

    @Test
    void aTelegramIdTheBotHasNeverSeenRegistersInTheLanguageTelegramGives() {
        Answer signedIn = api.post("/api/v1/auth/telegram", Map.of("initData",
                initData(777, "Taras", "uk", clock.instant())));

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body().path("newcomer").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT language FROM users WHERE telegram_id = 777").query(String.class).single())
                .isEqualTo("UK");
    }

    @Test
    void initDataChangedAfterTelegramSignedItIsRefusedAndRegistersNobody() {
        String genuine = initData(777, "Taras", "en", clock.instant());
        String forged = genuine.replace("Taras", "Admin");

        Answer refused = api.post("/api/v1/auth/telegram", Map.of("initData", forged));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/invalid-init-data");
        assertThat(refused.text("detail")).contains("could not be verified");
        assertThat(count("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void initDataSignedWithAnotherBotsTokenOrNotAtAllIsRefused() {
        String otherBot = TelegramSigned.initData("654321:another-bot", 777, "Taras", "en", clock.instant());

        assertThat(api.post("/api/v1/auth/telegram", Map.of("initData", otherBot)).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/telegram", Map.of("initData", "user=%7B%7D&auth_date=1")).text("type"))
                .isEqualTo("/problems/invalid-init-data");
        assertThat(api.post("/api/v1/auth/telegram", Map.of()).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void initDataOlderThanADayIsRefusedAsExpiredInTheCallersLanguage() {
        String stale = initData(777, "Taras", "en", clock.instant().minus(Duration.ofHours(25)));

        Answer refused = api.post("/api/v1/auth/telegram", Map.of("initData", stale), null, "uk");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("type")).isEqualTo("/problems/init-data-expired");
        assertThat(refused.text("title")).isEqualTo("Вхід через Telegram застарів");
    }

    @Test
    void theLoginWidgetsAnswerSignsInWithItsOwnKey() {
        Map<String, Object> answer = TelegramSigned.loginWidget(TestBotApi.TOKEN, 778, "Marta", clock.instant());

        Answer signedIn = api.post("/api/v1/auth/telegram-login", answer);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 778")).isOne();
        Map<String, Object> forged = new java.util.HashMap<>(answer);
        forged.put("id", 9001);
        assertThat(api.post("/api/v1/auth/telegram-login", forged).text("type")).isEqualTo("/problems/invalid-login");
    }

    @Test
    void withoutAValidAccessTokenTheApiAnswers401WithABearerChallenge() {
        Answer none = api.get("/api/v1/me", null);
        Answer garbage = api.get("/api/v1/me", "not.a.token");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.wwwAuthenticate()).startsWith("Bearer");
        assertThat(none.text("type")).isEqualTo("/problems/unauthorized");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAccessTokenRunsOutAfterFifteenMinutes() {
        String access = signIn(501, "Olena").text("accessToken");
        assertThat(api.get("/api/v1/me", access).status()).isEqualTo(200);

        clock.setTo(clock.instant().plus(Duration.ofMinutes(16)));

        assertThat(api.get("/api/v1/me", access).status()).isEqualTo(401);
    }

    @Test
    void aRefreshGivesANewPairAndUsesTheOldRefreshTokenUp() {
        Answer first = signIn(501, "Olena");

        Answer second = api.post("/api/v1/auth/refresh", Map.of("refreshToken", first.text("refreshToken")));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("refreshToken")).isNotEqualTo(first.text("refreshToken"));
        assertThat(api.get("/api/v1/me", second.text("accessToken")).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE used_at IS NOT NULL")).isOne();
        assertThat(count("SELECT count(DISTINCT family) FROM refresh_tokens")).isOne();
    }

    @Test
    void aUsedRefreshTokenShownAgainEndsTheWholeFamilyAndIsCounted() {
        double before = reuses();
        Answer first = signIn(501, "Olena");
        String stolen = first.text("refreshToken");
        String current = api.post("/api/v1/auth/refresh", Map.of("refreshToken", stolen)).text("refreshToken");

        Answer reused = api.post("/api/v1/auth/refresh", Map.of("refreshToken", stolen));

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.text("type")).isEqualTo("/problems/refresh-token-reused");
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", current)).text("type"))
                .as("the legitimate holder's newer token is revoked with its family")
                .isEqualTo("/problems/invalid-refresh-token");
        assertThat(reuses()).isEqualTo(before + 1);
    }

    @Test
    void twoRefreshesWithOneTokenAtOnceNeverBothSucceed() throws Exception {
        String token = signIn(501, "Olena").text("refreshToken");
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> refresh = () -> {
            start.await();
            return api.post("/api/v1/auth/refresh", Map.of("refreshToken", token)).status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(refresh, refresh));
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsOnlyOnce(200).contains(401);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefreshFamilyEndsThirtyDaysAfterItsSignInHoweverOftenItRotates() {
        String token = signIn(501, "Olena").text("refreshToken");
        clock.setTo(clock.instant().plus(Duration.ofDays(20)));
        token = api.post("/api/v1/auth/refresh", Map.of("refreshToken", token)).text("refreshToken");

        clock.setTo(clock.instant().plus(Duration.ofDays(11)));

        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", token)).text("type"))
                .isEqualTo("/problems/invalid-refresh-token");
    }

    @Test
    void signingOutEndsTheRefreshFamily() {
        String token = signIn(501, "Olena").text("refreshToken");

        assertThat(api.post("/api/v1/auth/logout", Map.of("refreshToken", token)).status()).isEqualTo(204);

        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", token)).status()).isEqualTo(401);
    }

    @Test
    void aBlockedAccountGetsNoTokensAndItsEarlierTokensStopWorkingAtOnce() {
        Answer signedIn = signIn(501, "Olena");
        jdbc.sql("UPDATE users SET blocked = true WHERE telegram_id = 501").update();

        Answer me = api.get("/api/v1/me", signedIn.text("accessToken"));
        Answer again = signIn(501, "Olena");
        Answer refresh = api.post("/api/v1/auth/refresh", Map.of("refreshToken", signedIn.text("refreshToken")));

        assertThat(me.status()).isEqualTo(403);
        assertThat(me.text("type")).isEqualTo("/problems/account-blocked");
        assertThat(again.status()).isEqualTo(403);
        assertThat(refresh.status()).isEqualTo(403);
    }

    @Test
    void anErasedAccountsTokenIsRefused() {
        SimulatedUser olena = telegram.user(501, "Olena", "Shevchenko", "olena", "en");
        send(olena, "/start");
        Answer signedIn = signIn(501, "Olena");

        send(olena, "/deleteme");
        press(olena, "Yes, delete my data");

        assertThat(api.get("/api/v1/me", signedIn.text("accessToken")).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", signedIn.text("refreshToken"))).status())
                .isEqualTo(401);
    }

    @Test
    void aTemporaryAdminsTokenEndsWithTheGrantAndARevokedGrantCountsAtOnce() {
        signIn(501, "Olena");
        Instant until = clock.instant().plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.sql("UPDATE users SET is_admin = true, admin_until = ? WHERE telegram_id = 501")
                .param(java.sql.Timestamp.from(until)).update();

        Answer signedIn = signIn(501, "Olena");
        Map<String, Object> claims = Api.claims(signedIn.text("accessToken"));

        assertThat(claims.get("roles").toString()).contains("ADMIN");
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(until.getEpochSecond());
        assertThat(((Number) claims.get("admin_until")).longValue()).isEqualTo(until.getEpochSecond());
        assertThat(api.get("/api/v1/me", signedIn.text("accessToken")).body().path("roles").toString())
                .contains("ADMIN");

        jdbc.sql("UPDATE users SET is_admin = false, admin_until = NULL WHERE telegram_id = 501").update();

        assertThat(api.get("/api/v1/me", signedIn.text("accessToken")).body().path("roles").toString())
                .doesNotContain("ADMIN");
    }

    private double reuses() {
        return meters.counter("mentorbot.auth.refresh.reuse").count();
    }
}
