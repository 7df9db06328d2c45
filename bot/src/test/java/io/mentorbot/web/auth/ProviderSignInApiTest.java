package io.mentorbot.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.FakeProviders;
import io.mentorbot.support.FakeProviders.Person;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import io.mentorbot.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Google and GitHub sign-in as a browser goes through it (against local fakes of both providers), accounts without
 * Telegram, and linking a provider to a Telegram account.
 */
class ProviderSignInApiTest extends BotFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final FakeProviders providers = FakeProviders.get();

    private static final Person MARTA = new Person("1093", "marta@example.com", true, "Marta", "Bondar");
    private static final Person OSTAP = new Person("52017", "ostap@example.com", true, "Ostap", "Lysenko");

    @LocalServerPort
    int port;

    private Api api;

    /** What the browser got: the status, where it is sent next, the body when it is JSON. */
    record Visit(int status, String location, JsonNode body) {

        String type() {
            return body.path("type").asText(null);
        }

        /** The fragment's fields of the page the browser is sent back to. */
        Map<String, String> fragment() {
            return FakeProviders.query(URI.create(location).getRawFragment());
        }
    }

    @BeforeEach
    void anApiClient() {
        api = new Api(port);
        jdbc.sql("DELETE FROM oauth_states").update();
    }

    private Visit browse(String url) {
        try {
            HttpResponse<String> response = BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") ? JSON.readTree(response.body()) : JSON.createObjectNode();
            return new Visit(response.statusCode(), response.headers().firstValue("Location").orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String site(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts a sign-in; answers the provider's page the browser is sent to. */
    private String start(String provider, String redirect) {
        Visit started = browse(site("/api/v1/auth/" + provider + "/start?redirect=" + redirect));
        assertThat(started.status()).isEqualTo(302);
        return started.location();
    }

    /** The provider's redirect back to the platform after the person approved. */
    private Visit callback(Map<String, String> approved) {
        return browse(approved.get("redirect_uri") + "?code=" + approved.get("code") + "&state="
                + approved.get("state"));
    }

    /** A whole sign-in: start, approve at the provider, come back, exchange the one-time code. */
    private Answer signIn(String provider, Person person) {
        Visit back = callback(providers.authorize(start(provider, "/app"), person));
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).startsWith(site("/app#code="));
        return api.post("/api/v1/auth/exchange", Map.of("code", back.fragment().get("code")));
    }

    private Answer telegramSignIn(long telegramId, String firstName) {
        return api.post("/api/v1/auth/telegram", Map.of("initData",
                TelegramSigned.initData(TestBotApi.TOKEN, telegramId, firstName, "en", clock.instant())));
    }

    @Test
    void aGoogleSignInMakesAnAccountWithoutTelegramAndTheNextOneFindsIt() {
        String providerPage = start("google", "/app");
        URI page = URI.create(providerPage);
        Map<String, String> asked = FakeProviders.query(page.getRawQuery());
        assertThat(providerPage).startsWith(providers.baseUrl() + "/google/auth?");
        assertThat(asked).containsEntry("client_id", FakeProviders.GOOGLE_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", site("/api/v1/auth/google/callback"));
        assertThat(asked.get("state")).hasSizeGreaterThanOrEqualTo(43);

        Visit back = callback(providers.authorize(providerPage, MARTA));
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).startsWith(site("/app#code=")).doesNotContain("?");
        Answer tokens = api.post("/api/v1/auth/exchange", Map.of("code", back.fragment().get("code")));

        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.body().path("newcomer").asBoolean()).isTrue();
        assertThat(tokens.text("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.text("refreshToken")).isNotBlank();
        long accountId = tokens.body().path("accountId").asLong();
        Answer me = api.get("/api/v1/me", tokens.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("firstName")).isEqualTo("Marta");
        assertThat(me.text("email")).isEqualTo("marta@example.com");
        assertThat(me.body().path("emailVerified").asBoolean()).isTrue();
        assertThat(me.body().path("telegramLinked").asBoolean()).isFalse();
        assertThat(me.text("language")).isEqualTo("uk");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND telegram_id IS NULL AND chat_id IS NULL",
                accountId)).isOne();
        // The verifier the fake checked against the challenge reached the token endpoint.
        assertThat(providers.verifiers()).isNotEmpty().last().asString().hasSizeGreaterThanOrEqualTo(43);

        Answer again = signIn("google", MARTA);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("accountId").asLong()).isEqualTo(accountId);
        assertThat(again.body().path("newcomer").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM users")).isOne();
        assertThat(count("SELECT count(*) FROM identities WHERE provider = 'GOOGLE' AND subject = '1093'")).isOne();
    }

    @Test
    void aGitHubSignInTakesThePrimaryVerifiedAddressAndTheName() {
        Answer tokens = signIn("github", OSTAP);

        assertThat(tokens.status()).isEqualTo(200);
        Answer me = api.get("/api/v1/me", tokens.text("accessToken"));
        assertThat(me.text("firstName")).isEqualTo("Ostap");
        assertThat(me.text("lastName")).isEqualTo("Lysenko");
        assertThat(me.text("email")).isEqualTo("ostap@example.com");
        assertThat(me.body().path("emailVerified").asBoolean()).isTrue();
        assertThat(signIn("github", OSTAP).body().path("accountId").asLong())
                .isEqualTo(tokens.body().path("accountId").asLong());
    }

    @Test
    void anAddressTheProviderDidNotVerifyIsNotTaken() {
        Answer tokens = signIn("google", new Person("777", "maybe@example.com", false, "Ivan", "Moroz"));

        Answer me = api.get("/api/v1/me", tokens.text("accessToken"));
        assertThat(me.body().path("email").isNull()).isTrue();
        assertThat(me.body().path("emailVerified").asBoolean()).isFalse();
    }

    @Test
    void aStateThePlatformDidNotIssueOrHasUsedIsRefused() {
        Map<String, String> approved = providers.authorize(start("google", "/app"), MARTA);

        Visit forged = browse(site("/api/v1/auth/google/callback?code=" + approved.get("code") + "&state=forged"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.type()).isEqualTo("/problems/oauth-state-invalid");
        Visit missing = browse(site("/api/v1/auth/google/callback?code=" + approved.get("code")));
        assertThat(missing.status()).isEqualTo(400);
        Visit otherProvider = browse(site("/api/v1/auth/github/callback?code=" + approved.get("code") + "&state="
                + approved.get("state")));
        assertThat(otherProvider.status()).isEqualTo(400);
        assertThat(otherProvider.type()).isEqualTo("/problems/oauth-state-invalid");
        assertThat(count("SELECT count(*) FROM users")).isZero();

        Visit first = callback(approved);
        assertThat(first.status()).isEqualTo(302);
        Visit replayed = callback(approved);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.type()).isEqualTo("/problems/oauth-state-invalid");
        assertThat(count("SELECT count(*) FROM sign_in_codes")).isOne();
    }

    @Test
    void aProviderCodeIsGoodOnceAndOnlyWithItsOwnVerifier() {
        Map<String, String> approved = providers.authorize(start("google", "/app"), MARTA);
        assertThat(callback(approved).status()).isEqualTo(302);

        // The used code again, under a fresh state of this platform: the provider refuses it.
        Map<String, String> fresh = FakeProviders.query(URI.create(start("google", "/app")).getRawQuery());
        Visit replayed = browse(site("/api/v1/auth/google/callback?code=" + approved.get("code") + "&state="
                + fresh.get("state")));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.type()).isEqualTo("/problems/provider-refused");

        // A code issued for one start, brought back with another start's state: its verifier does not fit.
        Map<String, String> stolen = providers.authorize(start("github", "/app"), OSTAP);
        Map<String, String> other = FakeProviders.query(URI.create(start("github", "/app")).getRawQuery());
        Visit mixed = browse(site("/api/v1/auth/github/callback?code=" + stolen.get("code") + "&state="
                + other.get("state")));
        assertThat(mixed.status()).isEqualTo(401);
        assertThat(mixed.type()).isEqualTo("/problems/provider-refused");
        assertThat(count("SELECT count(*) FROM identities WHERE provider = 'GITHUB'")).isZero();
    }

    @Test
    void theOneTimeCodeGivesTokensOnce() {
        Visit back = callback(providers.authorize(start("google", "/app"), MARTA));
        String code = back.fragment().get("code");

        assertThat(api.post("/api/v1/auth/exchange", Map.of("code", code)).status()).isEqualTo(200);
        Answer again = api.post("/api/v1/auth/exchange", Map.of("code", code));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.text("type")).isEqualTo("/problems/invalid-sign-in-code");
        assertThat(api.post("/api/v1/auth/exchange", Map.of("code", "made-up")).status()).isEqualTo(401);
        assertThat(api.raw("POST", "/api/v1/auth/exchange", null, null, null).status()).isEqualTo(401);
    }

    @Test
    void theRedirectMustBeAPathOfThisSite() {
        for (String redirect : new String[] {"//evil.example", "https://evil.example/", "/%5Cevil.example"}) {
            Visit refused = browse(site("/api/v1/auth/google/start?redirect=" + redirect));
            assertThat(refused.status()).as(redirect).isEqualTo(400);
            assertThat(refused.type()).isEqualTo("/problems/invalid-request");
            assertThat(refused.body().path("errors").toString()).contains("redirect");
        }
        assertThat(count("SELECT count(*) FROM oauth_states")).isZero();
        Visit unknown = browse(site("/api/v1/auth/myspace/start"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).isEqualTo("/problems/not-found");
    }

    @Test
    void aTelegramUserLinksGoogleAndThenReachesTheSameBookingsThroughIt() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Mentor', '{programming}', true)")
                .param(mentorId).update();
        long slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(Instant.parse("2027-03-20T16:00:00Z")),
                        Timestamp.from(Instant.parse("2027-03-20T17:00:00Z"))).query(Long.class).single();
        Answer telegramTokens = telegramSignIn(502, "Andriy");
        String bearer = telegramTokens.text("accessToken");
        long accountId = telegramTokens.body().path("accountId").asLong();
        assertThat(api.post("/api/v1/bookings", Map.of("slotId", slot), bearer, "en").status()).isEqualTo(201);

        Answer linking = api.post("/api/v1/me/identities/google/start", Map.of("redirect", "/profile"), bearer, "en");
        assertThat(linking.status()).isEqualTo(200);
        Visit linked = callback(providers.authorize(linking.text("url"), MARTA));
        assertThat(linked.status()).isEqualTo(302);
        assertThat(linked.location()).isEqualTo(site("/profile#linked=google"));

        Answer identities = api.get("/api/v1/me/identities", bearer);
        assertThat(identities.status()).isEqualTo(200);
        assertThat(identities.body().path("telegramLinked").asBoolean()).isTrue();
        assertThat(identities.body().path("items")).hasSize(1);
        assertThat(identities.body().path("items").get(0).path("provider").asText()).isEqualTo("google");
        assertThat(identities.body().path("items").get(0).path("email").asText()).isEqualTo("marta@example.com");

        Answer viaGoogle = signIn("google", MARTA);
        assertThat(viaGoogle.body().path("accountId").asLong()).isEqualTo(accountId);
        Answer bookings = api.get("/api/v1/me/bookings", viaGoogle.text("accessToken"));
        assertThat(bookings.status()).isEqualTo(200);
        assertThat(bookings.body().toString()).contains("\"slotId\":" + slot);
        assertThat(bookings.body()).isEqualTo(api.get("/api/v1/me/bookings", bearer).body());
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id IS NULL")).isZero();
    }

    @Test
    void anAccountWithoutTelegramBooksIsToldByMailAndTheMentorInTelegram() {
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser mentor = telegram.user(802, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 802");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Mentor', '{programming}', true)")
                .param(mentorId).update();
        long slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(Instant.parse("2027-03-20T16:00:00Z")),
                        Timestamp.from(Instant.parse("2027-03-20T17:00:00Z"))).query(Long.class).single();
        int mentorSaw = mentor.chat().messages().size();

        String bearer = signIn("google", MARTA).text("accessToken");
        assertThat(api.post("/api/v1/bookings", Map.of("slotId", slot), bearer, "en").status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.lettersTo("marta@example.com").isEmpty());
        awaitOutboxDelivered();
        assertThat(mentor.chat().messages().size()).isGreaterThan(mentorSaw);
        assertThat(lastNotice(mentor).text()).contains("Marta");
        assertThat(count("SELECT count(*) FROM telegram_outbox WHERE chat_id <> 802")).isZero();
    }

    @Test
    void anIdentityOfAnotherAccountIsNotLinked() {
        long martaAccount = signIn("google", MARTA).body().path("accountId").asLong();
        String bearer = telegramSignIn(503, "Petro").text("accessToken");

        Answer linking = api.post("/api/v1/me/identities/google/start", null, bearer, "en");
        Visit refused = callback(providers.authorize(linking.text("url"), MARTA));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.type()).isEqualTo("/problems/identity-taken");
        assertThat(count("SELECT user_id FROM identities WHERE provider = 'GOOGLE' AND subject = '1093'"))
                .isEqualTo(martaAccount);
        assertThat(api.get("/api/v1/me/identities", bearer).body().path("items")).isEmpty();
    }

    @Test
    void theLastWayIntoAnAccountIsNotUnlinked() {
        String googleOnly = signIn("google", MARTA).text("accessToken");
        Answer last = api.raw("DELETE", "/api/v1/me/identities/google", null, null, googleOnly);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.text("type")).isEqualTo("/problems/last-way-in");
        assertThat(count("SELECT count(*) FROM identities")).isOne();

        String bearer = telegramSignIn(504, "Oksana").text("accessToken");
        Answer linking = api.post("/api/v1/me/identities/github/start", Map.of(), bearer, "en");
        assertThat(callback(providers.authorize(linking.text("url"), OSTAP)).status()).isEqualTo(302);
        // Another account's identity is out of reach: unlinking names only the caller's own.
        assertThat(api.raw("DELETE", "/api/v1/me/identities/google", null, null, bearer).status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM identities WHERE provider = 'GOOGLE'")).isOne();

        assertThat(api.raw("DELETE", "/api/v1/me/identities/github", null, null, bearer).status()).isEqualTo(204);
        assertThat(api.raw("DELETE", "/api/v1/me/identities/github", null, null, bearer).status()).isEqualTo(404);
        assertThat(api.raw("DELETE", "/api/v1/me/identities/myspace", null, null, bearer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/identities", null).status()).isEqualTo(401);
    }

    @Test
    void linkingNeedsASignedInCallerAndAPathOfThisSite() {
        assertThat(api.post("/api/v1/me/identities/google/start", Map.of()).status()).isEqualTo(401);
        String bearer = telegramSignIn(505, "Yurii").text("accessToken");
        Answer bad = api.post("/api/v1/me/identities/google/start", Map.of("redirect", "https://evil.example"),
                bearer, "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").toString()).contains("redirect");
    }
}
