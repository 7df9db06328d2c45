package io.mentorbot.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.support.Api;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers of the API have a budget of requests (per account when signed in, per address when not) and a body cap. */
class RateLimitTest extends BotFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Problems problems;

    private Api api;

    @Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<RateLimits> apiRateLimits;

    @BeforeEach
    void anApiClientWithAFullBudget() {
        api = new Api(port);
        // Account ids start again at 1 in every test: an earlier test's spending must not count against this one's.
        apiRateLimits.getFilter().forgetAll();
    }

    @Test
    void aSignedInCallerOverTheirBudgetIsToldWhenToComeBackWhileOthersAreStillServed() throws Exception {
        String greedy = signIn(601, "Greedy");
        String other = signIn(602, "Patient");

        HttpResponse<String> refused = null;
        int sent = 0;
        while (refused == null && sent < 2_000) { // the default budget: 100 at once, then 20 a second
            HttpResponse<String> answer = get("/api/v1/me", greedy);
            sent++;
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
            }
        }

        assertThat(refused).as("no 429 after %d requests", sent).isNotNull();
        assertThat(sent).isGreaterThan(100);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/rate-limited");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(get("/api/v1/me", other).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/topics", null).statusCode()).isEqualTo(200); // anonymous: the address's own budget
    }

    @Test
    void anonymousCallersShareTheBudgetOfTheirAddressUntilItRefills() throws Exception {
        AtomicLong nanos = new AtomicLong(0);
        RateLimits limits = new RateLimits(new RateLimitsSettings(true, 1.0, 2, 1.0, 2, DataSize.ofKilobytes(64)),
                problems, nanos::get);

        assertThat(call(limits, "203.0.113.7").getStatus()).isEqualTo(200);
        assertThat(call(limits, "203.0.113.7").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call(limits, "203.0.113.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("/problems/rate-limited");
        assertThat(call(limits, "198.51.100.1").getStatus()).isEqualTo(200);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(call(limits, "203.0.113.7").getStatus()).isEqualTo(200);
        assertThat(call(limits, "203.0.113.7").getStatus()).isEqualTo(429);
    }

    @Test
    void aRequestBodyOverTheCapIsRefusedAsTooLarge() throws Exception {
        String huge = "{\"initData\":\"" + "a".repeat(70 * 1024) + "\"}";

        Api.Answer refused = api.raw("POST", "/api/v1/auth/telegram", huge, "application/json", null);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/too-large");
        Api.Answer small = api.raw("POST", "/api/v1/auth/telegram", "{\"initData\":\"x\"}", "application/json", null);
        assertThat(small.status()).isEqualTo(401); // read and judged: not refused for its size
    }

    @Test
    void graphQlRequestsSpendTheSameBudgetAsTheRestOfTheApi() throws Exception {
        String greedy = signIn(603, "Greedy");
        String other = signIn(604, "Patient");

        Api.Answer refused = null;
        int sent = 0;
        while (refused == null && sent < 2_000) { // the default budget: 100 at once, then 20 a second
            Api.Answer answer = api.post("/graphql", Map.of("query", "{ me { firstName } }"), greedy, "en");
            sent++;
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertThat(answer.status()).isEqualTo(200);
            }
        }

        assertThat(refused).as("no 429 after %d requests", sent).isNotNull();
        assertThat(sent).isGreaterThan(100);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/rate-limited");
        assertThat(api.post("/graphql", Map.of("query", "{ me { firstName } }"), other, "en").status())
                .isEqualTo(200);
    }

    @Test
    void aGraphQlBodyOverTheCapIsRefusedAsTooLarge() {
        String huge = "{\"query\":\"{ topics { name } }\",\"variables\":{\"pad\":\"" + "a".repeat(70 * 1024)
                + "\"}}";

        Api.Answer refused = api.raw("POST", "/graphql", huge, "application/json", null);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/too-large");
        Api.Answer small = api.raw("POST", "/graphql", "{\"query\":\"{ topics { name } }\"}", "application/json",
                null);
        assertThat(small.status()).isEqualTo(200);
    }

    private String signIn(long telegramId, String firstName) {
        return api.post("/api/v1/auth/telegram", Map.of("initData", TelegramSigned.initData(TestBotApi.TOKEN,
                telegramId, firstName, "en", clock.instant()))).text("accessToken");
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MockHttpServletResponse call(RateLimits limits, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/topics");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limits.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
