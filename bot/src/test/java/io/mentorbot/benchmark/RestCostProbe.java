package io.mentorbot.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.CountedStatements;
import io.mentorbot.support.LargePlatform;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: what one request of each catalogue endpoint costs the server, measured one request at a
 * time so that it means something on a busy, shared machine (throughput and latency do not). On the large platform
 * (as {@link RestApiBenchmark}, with its cache settings), each endpoint is first called until the JIT has compiled
 * its path, then measured: CPU time of the server's request threads (Tomcat's {@code exec} threads, by the JVM's own
 * per-thread clock, so the client and background work are left out) and the bytes they allocated, per request; the
 * PostgreSQL backends' CPU time per request; and the SQL statements a request sends. Run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=RestCostProbe
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.warmUp=} and {@code -Dbench.requests=} change the counts.
 */
@Tag("benchmark")
class RestCostProbe extends BotFlowTest {

    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 3_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);
    private static final Instant NOW = Instant.parse(LargePlatform.NOW);
    private static final String[] TOPICS = {"programming", "fitness", "investing", "design", "career", "languages",
            "marketing", "music"};

    static {
        System.setProperty(BUSY_CACHE_TTL, "60s");
        System.setProperty(CATALOGUE_CACHE_TTL, "5s");
        System.setProperty("mentorbot.web.rate-limits.enabled", "false");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicLong visitor = new AtomicLong(3_000_000);

    @Test
    void whatEachCatalogueRequestCosts() throws Exception {
        long load = System.nanoTime();
        LargePlatform.load(jdbc);
        System.out.printf("COST platform loaded in %.1f s; %s%n", (System.nanoTime() - load) / 1e9,
                Machine.describe());
        clock.setTo(NOW);
        telegram.keepHistory(0);
        int postgres = Machine.port(TestDatabase.jdbcUrl());

        List<String> lines = new ArrayList<>();
        lines.add(measure("GET /mentors", postgres, i -> get("/api/v1/mentors" + (i % 3 == 0 ? "?page=0"
                : i % 3 == 1 ? "?topic=" + TOPICS[(int) (i % TOPICS.length)] + "&page=" + (i % 3)
                : "?page=" + (1 + i % 4)))));
        lines.add(measure("GET /mentors/{id}", postgres, i -> get("/api/v1/mentors/" + (1 + i * 7 % 1_000))));
        lines.add(measure("GET /mentors/{id}/slots", postgres, i -> {
            Instant from = NOW.plus(Duration.ofDays(i % 14));
            return get("/api/v1/mentors/" + (1 + i * 7 % 1_000) + "/slots?from=" + from + "&to="
                    + from.plus(Duration.ofDays(7)));
        }));
        lines.add(measure("POST /auth/telegram", postgres, i -> post("/api/v1/auth/telegram", "{\"initData\":\""
                + TelegramSigned.initData(TestBotApi.TOKEN, visitor.getAndIncrement(), "Visitor", "en", NOW)
                + "\"}")));
        lines.forEach(System.out::println);
    }

    private String measure(String endpoint, int postgresPort, LongFunction<HttpRequest> request) throws Exception {
        for (long i = 0; i < WARM_UP; i++) {
            send(request.apply(i));
        }
        List<HttpRequest> requests = new ArrayList<>();
        for (long i = 0; i < REQUESTS; i++) {
            requests.add(request.apply(WARM_UP + i));
        }
        CountedStatements.reset();
        long[] before = serverThreads();
        long postgresBefore = Machine.postgresCpuMillis(postgresPort);
        long wall = System.nanoTime();
        for (HttpRequest r : requests) {
            send(r);
        }
        wall = System.nanoTime() - wall;
        long[] after = serverThreads();
        long postgresCpu = Machine.postgresCpuMillis(postgresPort) - postgresBefore;
        int statements = CountedStatements.seen().size();
        return String.format("COST %-24s %5d requests: server CPU %6.0f us, allocated %7.1f KiB, PostgreSQL CPU "
                        + "%5.0f us, SQL statements %.2f per request; sequential round trip %.2f ms", endpoint,
                REQUESTS, (after[0] - before[0]) / 1e3 / REQUESTS, (after[1] - before[1]) / 1024.0 / REQUESTS,
                postgresCpu * 1e3 / REQUESTS, statements / (double) REQUESTS, wall / 1e6 / REQUESTS);
    }

    private void send(HttpRequest request) throws Exception {
        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as(request.uri().toString()).isEqualTo(200);
    }

    /** CPU nanoseconds and allocated bytes of the server's request threads so far. */
    private static long[] serverThreads() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = 0;
        long bytes = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                cpu += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                bytes += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return new long[] {cpu, bytes};
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
