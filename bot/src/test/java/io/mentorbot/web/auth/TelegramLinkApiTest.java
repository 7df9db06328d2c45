package io.mentorbot.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.FakeProviders;
import io.mentorbot.support.FakeProviders.Person;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Linking Telegram to an account made with Google or GitHub: one person, one account, whichever way they come. */
class TelegramLinkApiTest extends BotFlowTest {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final FakeProviders providers = FakeProviders.get();
    private static final String LINK = "/api/v1/me/identities/telegram";

    private static final Person MARTA = new Person("2093", "marta.link@example.com", true, "Marta", "Bondar");

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void anApiClient() {
        api = new Api(port);
        jdbc.sql("DELETE FROM oauth_states").update();
    }

    /** A whole Google sign-in: start, approve at the provider, come back, exchange the one-time code. */
    private Answer googleSignIn(Person person) {
        String start = location("http://127.0.0.1:" + port + "/api/v1/auth/google/start?redirect=/app");
        Map<String, String> approved = providers.authorize(start, person);
        String back = location(approved.get("redirect_uri") + "?code=" + approved.get("code") + "&state="
                + approved.get("state"));
        String code = FakeProviders.query(URI.create(back).getRawFragment()).get("code");
        return api.post("/api/v1/auth/exchange", Map.of("code", code));
    }

    private static String location(String url) {
        try {
            HttpResponse<Void> response = BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> widget(long telegramId, String firstName) {
        return TelegramSigned.loginWidget(TestBotApi.TOKEN, telegramId, firstName, clock.instant());
    }

    private Map<String, Object> miniApp(long telegramId, String firstName) {
        return Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN, telegramId, firstName, "en",
                clock.instant()));
    }

    @Test
    void aGoogleAccountLinksTelegramAndTheBotAndTelegramSignInFindTheSameAccount() {
        Answer google = googleSignIn(MARTA);
        long accountId = google.body().path("accountId").asLong();
        String bearer = google.text("accessToken");

        Answer linked = api.post(LINK, widget(3101, "Marta"), bearer, "en");

        assertThat(linked.status()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND telegram_id = 3101 AND chat_id = 3101",
                accountId)).isOne();
        assertThat(api.get("/api/v1/me/identities", bearer).body().path("telegramLinked").asBoolean()).isTrue();
        Answer viaTelegram = api.post("/api/v1/auth/telegram", miniApp(3101, "Marta"));
        assertThat(viaTelegram.status()).isEqualTo(200);
        assertThat(viaTelegram.body().path("accountId").asLong()).isEqualTo(accountId);
        assertThat(viaTelegram.body().path("newcomer").asBoolean()).isFalse();
        Answer viaWidget = api.post("/api/v1/auth/telegram-login", widget(3101, "Marta"));
        assertThat(viaWidget.body().path("accountId").asLong()).isEqualTo(accountId);

        // The bot greets the same account: back, not new, in the language the account chose on the web.
        SimulatedUser marta = user(3101, "Marta", "en");
        assertThat(send(marta, "/start").text()).startsWith("З поверненням, Marta");
        assertThat(count("SELECT count(*) FROM users")).isOne();
        assertThat(Api.claims(viaTelegram.text("accessToken")).get("sub")).isEqualTo(Long.toString(accountId));
    }

    @Test
    void theMiniAppsInitDataLinksTelegramToo() {
        Answer google = googleSignIn(MARTA);
        long accountId = google.body().path("accountId").asLong();

        Answer linked = api.post(LINK, miniApp(3102, "Marta"), google.text("accessToken"), "en");

        assertThat(linked.status()).isEqualTo(204);
        assertThat(count("SELECT id FROM users WHERE telegram_id = 3102")).isEqualTo(accountId);
    }

    @Test
    void aTelegramIdOfAnotherAccountIsNotLinkedAndNothingChanges() {
        SimulatedUser petro = user(3103, "Petro", "en");
        send(petro, "/start");
        long petroAccount = count("SELECT id FROM users WHERE telegram_id = 3103");
        Answer google = googleSignIn(MARTA);
        long martaAccount = google.body().path("accountId").asLong();

        Answer refused = api.post(LINK, widget(3103, "Petro"), google.text("accessToken"), "en");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/identity-taken");
        assertThat(refused.text("detail")).contains("Sign in with Telegram and link Google or GitHub");
        assertThat(count("SELECT id FROM users WHERE telegram_id = 3103")).isEqualTo(petroAccount);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND telegram_id IS NULL AND chat_id IS NULL"
                + " AND first_name = 'Marta'", martaAccount)).isOne();
        Answer uk = api.post(LINK, miniApp(3103, "Petro"), google.text("accessToken"), "uk");
        assertThat(uk.status()).isEqualTo(409);
        assertThat(uk.text("detail")).contains("Увійдіть через Telegram");
    }

    @Test
    void tamperedOrOldTelegramDataIsRefusedAsAtSignIn() {
        Answer google = googleSignIn(MARTA);
        String bearer = google.text("accessToken");
        Map<String, Object> tampered = new LinkedHashMap<>(widget(3104, "Marta"));
        tampered.put("id", 3105L);
        Map<String, Object> old = TelegramSigned.loginWidget(TestBotApi.TOKEN, 3104, "Marta",
                clock.instant().minus(Duration.ofDays(2)));
        String forgedInitData = TelegramSigned.initData(TestBotApi.TOKEN, 3104, "Marta", "en", clock.instant())
                .replace("Marta", "Mart");

        Answer forged = api.post(LINK, tampered, bearer, "en");
        Answer expired = api.post(LINK, old, bearer, "en");
        Answer badInitData = api.post(LINK, Map.of("initData", forgedInitData), bearer, "en");
        Answer empty = api.raw("POST", LINK, null, "application/json", bearer);
        Answer anonymous = api.post(LINK, widget(3104, "Marta"));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.text("type")).isEqualTo("/problems/invalid-login");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.text("type")).isEqualTo("/problems/login-expired");
        assertThat(badInitData.status()).isEqualTo(401);
        assertThat(badInitData.text("type")).isEqualTo("/problems/invalid-init-data");
        assertThat(empty.status()).isEqualTo(401);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("type")).isEqualTo("/problems/unauthorized");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id IS NOT NULL")).isZero();
    }

    @Test
    void anAccountWithATelegramIdAlreadyLinksNoOther() {
        Answer telegram = api.post("/api/v1/auth/telegram", miniApp(3106, "Oksana"));
        long accountId = telegram.body().path("accountId").asLong();

        Answer refused = api.post(LINK, widget(3107, "Oksana"), telegram.text("accessToken"), "en");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/telegram-linked");
        assertThat(count("SELECT telegram_id FROM users WHERE id = ?", accountId)).isEqualTo(3106);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 3107")).isZero();
    }
}
