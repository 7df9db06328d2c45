package io.mentorbot.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.awaitility.Awaitility.await;

/**
 * Base of the sandbox tests: the application as it starts with no bot token, on a database of its own, so its demo
 * data never meets the shared flow-test application. All sandbox tests share this one configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SandboxAppTest {

    protected static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    protected static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String DATABASE = TestDatabase.jdbcUrl("sandbox_app");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected BotApiEmulator emulator;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected SandboxGate gate;

    @DynamicPropertySource
    static void sandboxMode(DynamicPropertyRegistry properties) {
        properties.add("mentorbot.database.url", () -> DATABASE);
        properties.add("mentorbot.database.username", () -> "postgres");
        properties.add("mentorbot.telegram.token", () -> "");
        properties.add("mentorbot.sandbox.enabled", () -> "true"); // on a DATABASE_URL, the sandbox is asked for
        properties.add("mentorbot.telegram.poll-timeout", () -> "1s");
        properties.add("mentorbot.accounts.admin-telegram-ids", () -> "");
        properties.add("mentorbot.accounts.default-language", () -> "en");
        // Proxy headers honoured as the most trusting deployment would (every peer a trusted proxy): the sandbox must
        // still never take a forwarded request for a local one.
        properties.add("server.forward-headers-strategy", () -> "native");
        properties.add("server.tomcat.remoteip.internal-proxies", () -> ".*");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Calls as the sandbox page does: from this machine, with the page's token. */
    protected RestClient http() {
        return RestClient.builder().baseUrl(baseUrl()).defaultStatusHandler(status -> status.isError(), (req, res) -> { })
                .defaultHeader(SandboxGate.TOKEN_HEADER, gate.token()).build();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected static void awaitUntil(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(condition);
    }
}
