package io.mentorbot.web;

import java.util.Map;

import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever goes wrong with a request, the API answers problem+json with a stable type, never a stack trace. */
class ApiErrorsTest extends BotFlowTest {

    @LocalServerPort
    int port;

    private Api api;
    private String token;

    @BeforeEach
    void aSignedInCaller() {
        api = new Api(port);
        token = api.post("/api/v1/auth/telegram", Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN, 501,
                "Olena", "en", clock.instant()))).text("accessToken");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Answer answer = api.raw("POST", "/api/v1/auth/refresh", "{not json", "application/json", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/malformed-request");
        assertThat(answer.body().toString()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void anUnknownPathIsNotFoundAndAWrongMethodIsNotAllowed() {
        Answer unknown = api.get("/api/v1/no-such-thing", token);
        Answer wrongMethod = api.raw("DELETE", "/api/v1/me", null, null, token);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("/problems/not-found");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("type")).isEqualTo("/problems/method-not-allowed");
    }

    @Test
    void aBodyOfAnotherContentTypeIsRefusedAsSuch() {
        Answer answer = api.raw("POST", "/api/v1/auth/refresh", "refreshToken=x", "text/plain", null);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.text("type")).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void theApiIsDescribedAsOpenApi() {
        Answer docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/v1/auth/telegram")).isTrue();
        assertThat(api.raw("GET", "/swagger-ui.html", null, null, null).status()).isIn(200, 302);
    }
}
