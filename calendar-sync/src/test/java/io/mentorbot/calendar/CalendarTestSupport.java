package io.mentorbot.calendar;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shared setup of the calendar-sync tests: one Spring context (cached across test classes), one embedded PostgreSQL,
 * one fake Google. Every test works on owner ids of its own, so in-memory caches never leak between tests.
 */
@SpringBootTest(classes = CalendarTestApplication.class, properties = {
        "mentorbot.calendar.client-id=" + FakeGoogle.CLIENT_ID,
        "mentorbot.calendar.client-secret=" + FakeGoogle.CLIENT_SECRET,
        "mentorbot.calendar.public-base-url=https://bot.example/",
        "mentorbot.calendar.token-key=" + CalendarTestSupport.TOKEN_KEY,
        "mentorbot.calendar.meet-links=true",
        "mentorbot.calendar.poll-interval=0",
        "mentorbot.calendar.retry-base=10s",
        "mentorbot.calendar.retry-cap=10m",
        "mentorbot.calendar.busy-cache-ttl=60s",
        "mentorbot.calendar.state-ttl=10m",
        "spring.main.banner-mode=off"})
abstract class CalendarTestSupport {

    /** 32 bytes, base64: a test key only. */
    static final String TOKEN_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static final AtomicLong OWNERS = new AtomicLong(1000);

    @Autowired
    CalendarConnections connections;
    @Autowired
    CalendarMirror mirror;
    @Autowired
    SyncWorker worker;
    @Autowired
    BusyTimes busyTimes;
    @Autowired
    MutableClock clock;
    @Autowired
    CalendarTestApplication.PublishedEvents published;
    @Autowired
    JdbcClient jdbc;

    final FakeGoogle google = FakeGoogle.get();

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        String fake = FakeGoogle.get().baseUrl();
        registry.add("mentorbot.calendar.auth-uri", () -> fake + "/auth");
        registry.add("mentorbot.calendar.token-uri", () -> fake + "/token");
        registry.add("mentorbot.calendar.revoke-uri", () -> fake + "/revoke");
        registry.add("mentorbot.calendar.calendar-root-url", () -> fake + "/");
    }

    @BeforeEach
    void cleanSlate() {
        google.reset();
        published.all.clear();
        jdbc.sql("TRUNCATE calendar_sync_tasks, calendar_events, calendar_connections, calendar_oauth_states")
                .update();
    }

    long newOwner() {
        return OWNERS.incrementAndGet();
    }

    /** Runs the consent flow as a mentor would: link, Google's redirect with state and code. */
    long connectedOwner() {
        long owner = newOwner();
        connections.complete(stateOf(connections.begin(owner)), codeFor(owner));
        return owner;
    }

    static String codeFor(long owner) {
        return "code-" + owner;
    }

    static String stateOf(ConsentLink link) {
        return query(link.url()).get("state");
    }

    static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    int pendingTasks() {
        return jdbc.sql("SELECT count(*) FROM calendar_sync_tasks").query(Integer.class).single();
    }

    /** Runs worker passes, moving the clock past every backoff, until the queue is empty (bounded). */
    void drainQueue() {
        for (int pass = 0; pass < 50 && pendingTasks() > 0; pass++) {
            worker.runDueTasks();
            clock.advance(java.time.Duration.ofMinutes(11));
        }
    }
}
