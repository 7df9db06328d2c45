package io.mentorbot.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A mentor connects a Google Calendar: consent link, Google's redirect, token exchange, encrypted storage. */
class ConnectFlowTest extends CalendarTestSupport {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void consentLinkAsksForOfflineCalendarAccessWithStateAndPkce() {
        long owner = newOwner();

        ConsentLink link = connections.begin(owner);

        assertThat(link.url()).startsWith(google.baseUrl() + "/auth?");
        Map<String, String> query = query(link.url());
        assertThat(query).containsEntry("client_id", "test-client")
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", "https://bot.example/oauth2/google/callback")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent")
                .containsEntry("code_challenge_method", "S256");
        assertThat(query.get("scope").split(" ")).contains("https://www.googleapis.com/auth/calendar.events",
                "https://www.googleapis.com/auth/calendar.freebusy");
        assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(stateOf(connections.begin(owner))).as("every link has a fresh state").isNotEqualTo(query.get("state"));
    }

    @Test
    void completingTheConsentExchangesTheCodeWithTheVerifierAndConnectsTheOwner() {
        long owner = newOwner();
        ConsentLink link = connections.begin(owner);
        String challenge = query(link.url()).get("code_challenge");

        Connected connected = connections.complete(stateOf(link), codeFor(owner));

        assertThat(connected).isEqualTo(new Connected(owner, codeFor(owner) + "@example.com"));
        LoggedRequest exchange = google.server().findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0);
        String verifier = exchange.formParameter("code_verifier").firstValue();
        assertThat(Pkce.challengeOf(verifier)).as("S256 of the verifier sent is the challenge shown").isEqualTo(challenge);
        assertThat(exchange.formParameter("grant_type").firstValue()).isEqualTo("authorization_code");
        assertThat(exchange.formParameter("code").firstValue()).isEqualTo(codeFor(owner));
        assertThat(exchange.formParameter("redirect_uri").firstValue())
                .isEqualTo("https://bot.example/oauth2/google/callback");
        assertThat(connections.status(owner)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(ConnectionStatus.State.CONNECTED);
            assertThat(status.accountEmail()).isEqualTo(codeFor(owner) + "@example.com");
        });
    }

    @Test
    void theRefreshTokenIsNotReadableInTheDatabase() {
        long owner = connectedOwner();
        String refreshToken = FakeGoogle.refreshTokenFor(codeFor(owner));

        byte[] stored = jdbc.sql("SELECT refresh_token FROM calendar_connections WHERE owner_id = :owner")
                .param("owner", owner).query(byte[].class).single();
        String dump = jdbc.sql("SELECT c::text FROM calendar_connections c WHERE owner_id = :owner")
                .param("owner", owner).query(String.class).single();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(refreshToken)
                .doesNotContain("refresh");
        assertThat(dump).doesNotContain(refreshToken);
        assertThat(stored.length).as("IV + ciphertext + tag").isEqualTo(12 + refreshToken.length() + 16);
        assertThat(new TokenCipher(TOKEN_KEY).decrypt(stored, owner)).isEqualTo(refreshToken);
        assertThatThrownBy(() -> new TokenCipher(TOKEN_KEY).decrypt(stored, owner + 1))
                .as("bound to its owner").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedStateIsRefused() {
        long owner = newOwner();
        String state = stateOf(connections.begin(owner));
        String tampered = (state.charAt(0) == 'A' ? 'B' : 'A') + state.substring(1);

        assertRefused(tampered, ConsentRefused.Reason.UNKNOWN_STATE);
        assertThat(connections.status(owner)).isEmpty();
        assertThat(google.server().findAll(postRequestedFor(urlPathEqualTo("/token")))).isEmpty();
    }

    @Test
    void anUnknownStateIsRefused() {
        assertRefused("never-issued", ConsentRefused.Reason.UNKNOWN_STATE);
        assertRefused(null, ConsentRefused.Reason.UNKNOWN_STATE);
    }

    @Test
    void anExpiredStateIsRefused() {
        long owner = newOwner();
        String state = stateOf(connections.begin(owner));

        clock.advance(Duration.ofMinutes(11));

        assertRefused(state, ConsentRefused.Reason.EXPIRED_STATE);
        assertThat(connections.status(owner)).isEmpty();
    }

    @Test
    void aReplayedStateIsRefused() {
        long owner = newOwner();
        String state = stateOf(connections.begin(owner));
        connections.complete(state, codeFor(owner));

        assertRefused(state, ConsentRefused.Reason.REPLAYED_STATE);
    }

    @Test
    void aCodeGoogleRefusesSpendsTheStateAndConnectsNothing() {
        long owner = newOwner();
        String state = stateOf(connections.begin(owner));

        ConsentRefused refused = catchThrowableOfType(ConsentRefused.class,
                () -> connections.complete(state, "bad-code"));

        assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.TOKEN_EXCHANGE_FAILED);
        assertThat(connections.status(owner)).isEmpty();
        assertRefused(state, ConsentRefused.Reason.REPLAYED_STATE);
    }

    @Test
    void disconnectingRevokesTheGrantAndForgetsEverything() {
        long owner = connectedOwner();
        mirror.upsert(new MentorCalendarEvent(owner, "booking-1", "Session", null,
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1).plusHours(1)),
                null, false));

        connections.disconnect(owner);

        assertThat(google.wasRevoked(FakeGoogle.refreshTokenFor(codeFor(owner)))).isTrue();
        assertThat(connections.status(owner)).isEmpty();
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void forgettingWithinATransactionDeletesWithItAndRevokesOnlyOnceItCommits() {
        long owner = connectedOwner();
        String pendingConsent = stateOf(connections.begin(owner));
        mirror.upsert(new MentorCalendarEvent(owner, "booking-1", "Session", null,
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1).plusHours(1)),
                null, false));
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            connections.forget(owner);

            assertThat(connections.status(owner)).isEmpty();
            assertThat(google.wasRevoked(FakeGoogle.refreshTokenFor(codeFor(owner))))
                    .as("not revoked while the erasure may still roll back").isFalse();
        });

        assertThat(google.wasRevoked(FakeGoogle.refreshTokenFor(codeFor(owner)))).isTrue();
        assertThat(pendingTasks()).isZero();
        assertRefused(pendingConsent, ConsentRefused.Reason.UNKNOWN_STATE);
    }

    @Test
    void aForgettingThatRollsBackKeepsTheConnectionAndRevokesNothing() {
        long owner = connectedOwner();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            connections.forget(owner);
            status.setRollbackOnly();
        });

        assertThat(connections.status(owner)).isPresent();
        assertThat(google.wasRevoked(FakeGoogle.refreshTokenFor(codeFor(owner)))).isFalse();
    }

    private void assertRefused(String state, ConsentRefused.Reason reason) {
        ConsentRefused refused = catchThrowableOfType(ConsentRefused.class,
                () -> connections.complete(state, "code-whatever"));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
    }
}
