package io.mentorbot.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.LargePlatform;
import io.mentorbot.support.TelegramSigned;
import io.mentorbot.support.TestBotApi;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: 200 clients browse the public catalogue and book through the REST API of the real
 * application on the embedded PostgreSQL, loaded with the large platform (1,000 listed mentors, 1,000,000 slots).
 * Each client plays one visitor after another: a visitor signs in with Mini App init data, then visits the catalogue
 * again and again: four pages of {@code GET /mentors} (all mentors, then a topic or a later page), two mentors'
 * cards and their free times for a week; one visit in four ends with booking one of the first free times shown (a
 * 409 {@code slot-taken} is a normal outcome: the visitor tries once more with another), after which the visitor
 * leaves and a new one signs in. Requests are paced on a fixed schedule (a turn every few milliseconds per client,
 * whether or not the previous answer was slow) so that {@code GET /mentors} runs at the target rate; figures are
 * taken over a steady window after a warm-up.
 *
 * <p>What the numbers mean: the platform's clock starts at {@link LargePlatform#NOW} and runs on in real time, so the
 * catalogue's answers (kept 5 s) and the mentors' busy times (kept 60 s) expire as in production; with a stopped
 * clock every list after the first of its kind would be a cache hit. The warm-up (60 s by default) lets the JIT
 * compile the request paths before the window: with a shorter one the first seconds of the window measure the
 * interpreter. The clients cost the JVM little (the JDK's HTTP client, a body parsed only where its ids are needed),
 * and their CPU time is reported apart ({@code rest-client}); on a machine with two cores they still share those
 * cores with the server and PostgreSQL, so the latencies are those of the three together. The printed CPU per
 * request (this JVM and PostgreSQL) is what the load costs; requests/s and percentiles only mean something on a
 * quiet machine. A whole run (start, loading the platform, warm-up and window) takes about four minutes. Run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=RestApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dbench.clients=}, {@code -Dbench.mentorsPerSecond=}, {@code -Dbench.warmUpSeconds=},
 * {@code -Dbench.seconds=}, {@code -Dbench.bookingShare=}, {@code -Dbench.listsPerVisit=} and
 * {@code -Dbench.mentorsPerVisit=} change the load.
 */
@Tag("benchmark")
class RestApiBenchmark extends BotFlowTest {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 200);
    private static final int MENTORS_PER_SECOND = Integer.getInteger("bench.mentorsPerSecond", 500);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 60);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final double BOOKING_SHARE = Double.parseDouble(System.getProperty("bench.bookingShare", "0.25"));
    private static final double TARGET_P99_MILLIS = 50;
    private static final Instant NOW = Instant.parse(LargePlatform.NOW);
    private static final long FIRST_VISITOR = 2_000_000;
    private static final String[] TOPICS = {"programming", "fitness", "investing", "design", "career", "languages",
            "marketing", "music"};

    /** A visit's turns: sign-in (a new visitor's first visit only), list pages, a card and its free times per mentor
     *  opened, a booking and one retry (both only in a booking visit). */
    private static final int LISTS = Integer.getInteger("bench.listsPerVisit", 4);
    private static final int MENTORS_OPENED = Integer.getInteger("bench.mentorsPerVisit", 2);
    private static final int TURNS = 1 + LISTS + 2 * MENTORS_OPENED + 2;

    private static final String SIGN_IN = "POST /auth/telegram";
    private static final String LIST = "GET /mentors";
    private static final String CARD = "GET /mentors/{id}";
    private static final String SLOTS = "GET /mentors/{id}/slots";
    private static final String BOOK = "POST /bookings";
    private static final String LIST_FROM_SCHEDULE = "GET /mentors (from due)";

    static {
        // Production defaults of the caches the catalogue reads through (the flow tests turn them off).
        System.setProperty(BUSY_CACHE_TTL, "60s");
        System.setProperty(CATALOGUE_CACHE_TTL, "5s");
        // Every client calls from 127.0.0.1: the per-address budget would refuse the crowd after its first burst.
        System.setProperty("mentorbot.web.rate-limits.enabled", "false");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> outcomes = new ConcurrentHashMap<>();
    private final Queue<long[]> booked = new ConcurrentLinkedQueue<>(); // {booking id, slot id} of every 201
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong nextVisitor = new AtomicLong(FIRST_VISITOR);
    private final LongAdder lateTurns = new LongAdder();
    private volatile long measureFrom;
    private volatile long measureUntil;

    @Test
    void twoHundredClientsBrowseAndBookThroughRest() throws Exception {
        long loadStart = System.nanoTime();
        LargePlatform.load(jdbc);
        System.out.printf("BENCH rest: platform loaded in %.1f s; machine: %s%n", (System.nanoTime() - loadStart) / 1e9,
                Machine.describe());
        telegram.keepHistory(0);
        ScheduledExecutorService ticking = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-clock");
            t.setDaemon(true);
            return t;
        });
        long clockStart = System.nanoTime();
        clock.setTo(NOW);
        ticking.scheduleAtFixedRate(() -> clock.setTo(NOW.plusNanos(System.nanoTime() - clockStart)), 10, 10,
                TimeUnit.MILLISECONDS); // the platform's time runs on from NOW, so the caches expire as in production
        for (int i = 1; i <= LargePlatform.MENTORS; i++) {
            telegram.user(i, "User " + i, "en"); // mentors, so booking notices reach a chat
        }

        // Each client takes a turn every `gap`: a visitor's turns include LISTS lists, so the lists run at the rate.
        long gap = TimeUnit.SECONDS.toNanos(1) * CLIENTS * LISTS / ((long) TURNS * MENTORS_PER_SECOND);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        measureFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        measureUntil = measureFrom + TimeUnit.SECONDS.toNanos(SECONDS);
        String loadBefore = Machine.loadAverage();
        long jvmCpu = Machine.cpuMillis(ProcessHandle.current().pid());
        int postgresPort = Machine.port(TestDatabase.jdbcUrl());
        long postgresCpu = Machine.postgresCpuMillis(postgresPort);
        long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        int gc = Machine.gcMark();
        Map<String, Long> threadCpu = Machine.threadCpuMillis();
        boolean completed = false;

        ScheduledExecutorService clients = Executors.newScheduledThreadPool(CLIENTS, r -> {
            Thread t = new Thread(r, "rest-client");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch finished = new CountDownLatch(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                // Spread over a whole visit, so that at any moment the clients are at every step of their visits
                // alike and the lists run evenly (started within one turn, they would all read lists at once).
                Client client = new Client(start + gap * TURNS * i / CLIENTS, gap, clients, finished);
                client.schedule();
            }
            // Clients take no turn after the window; the turns under way end with their answer (30 s at most).
            completed = finished.await(WARM_UP_SECONDS + SECONDS + 60L, TimeUnit.SECONDS);
        } finally {
            clients.shutdownNow();
            ticking.shutdownNow();
        }
        telegram.keepHistory(10_000);

        double wallSeconds = WARM_UP_SECONDS + SECONDS;
        System.out.printf("BENCH rest: %d clients, a turn every %.1f ms each (%d turns per visit, %d of them lists), "
                        + "warm-up %d s, measured %d s; finished %s; load average before %s, after %s; "
                        + "CPU cores busy on average over the run: this JVM %.2f, PostgreSQL %.2f; JIT %d ms; %s%n",
                CLIENTS, gap / 1e6, TURNS, LISTS, WARM_UP_SECONDS, SECONDS, completed, loadBefore,
                Machine.loadAverage(),
                (Machine.cpuMillis(ProcessHandle.current().pid()) - jvmCpu) / 1000.0 / wallSeconds,
                (Machine.postgresCpuMillis(postgresPort) - postgresCpu) / 1000.0 / wallSeconds,
                java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit,
                Machine.gcSince(gc));
        StringBuilder threads = new StringBuilder();
        Machine.threadCpuMillis().forEach((group, millis) -> {
            double busy = (millis - threadCpu.getOrDefault(group, 0L)) / 1000.0 / wallSeconds;
            if (busy >= 0.01) {
                threads.append(String.format(" %s %.2f,", group, busy));
            }
        });
        System.out.printf("BENCH rest: CPU cores busy on average by thread of this JVM (the clients are rest-client):%s%n",
                threads);
        System.out.printf("BENCH rest: %d visitors signed in; turns started more than 10 ms behind their schedule "
                + "(measured window): %d%n", nextVisitor.get() - FIRST_VISITOR, lateTurns.sum());
        for (String endpoint : List.of(SIGN_IN, LIST, LIST_FROM_SCHEDULE, CARD, SLOTS, BOOK)) {
            Latencies l = latencies.getOrDefault(endpoint, new Latencies());
            System.out.printf("BENCH rest %-24s %7d requests, %6.1f /s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms; answers %s%n", endpoint, l.count(), l.count() / (double) SECONDS,
                    l.percentile(50), l.percentile(90), l.percentile(99), l.percentile(100),
                    new TreeMap<>(outcomes.getOrDefault(endpoint, Map.of())));
        }
        Latencies lists = latencies.getOrDefault(LIST, new Latencies());
        // The lists due in the window that ran before its end (a client behind its schedule takes no turn after it).
        double listRate = lists.count() / (double) SECONDS;
        System.out.printf("BENCH rest: GET /mentors achieved %.1f /s (target %d /s), p99 %.1f ms (target < %.0f ms)%n",
                listRate, MENTORS_PER_SECOND, lists.percentile(99), TARGET_P99_MILLIS);

        // Every 201 is one CONFIRMED booking in the database, no slot was booked twice, and nothing booked unheard of.
        Set<Long> bookingIds = new HashSet<>();
        Set<Long> slotIds = new HashSet<>();
        for (long[] b : booked) {
            bookingIds.add(b[0]);
            slotIds.add(b[1]);
        }
        Set<Long> confirmed = new HashSet<>(jdbc.sql("""
                SELECT b.id FROM bookings b JOIN users u ON u.id = b.student_id
                 WHERE u.telegram_id >= ? AND b.status = 'CONFIRMED'""").param(FIRST_VISITOR)
                .query(Long.class).list());
        long visitorBookings = count("""
                SELECT count(*) FROM bookings b JOIN users u ON u.id = b.student_id WHERE u.telegram_id >= ?""",
                FIRST_VISITOR);
        String byStatus = jdbc.sql("""
                SELECT coalesce(string_agg(status || ' ' || n, ', '), '') FROM (SELECT b.status, count(*) AS n
                  FROM bookings b JOIN users u ON u.id = b.student_id WHERE u.telegram_id >= ? GROUP BY b.status) s""")
                .param(FIRST_VISITOR).query(String.class).single();
        long slotsTwice = count("""
                SELECT count(*) FROM (SELECT slot_id FROM bookings WHERE status IN ('CONFIRMED', 'PENDING_PAYMENT')
                 GROUP BY slot_id HAVING count(*) > 1) twice""");
        System.out.printf("BENCH rest bookings (warm-up and measured): %d answered 201, %d distinct bookings, "
                        + "%d distinct slots; in the database %d visitors' bookings (%s); slots booked twice %d; "
                        + "failures %d %s%n", booked.size(), bookingIds.size(), slotIds.size(), visitorBookings,
                byStatus, slotsTwice, failures.size(), failures.stream().limit(3).toList());

        assertThat(failures).as("requests that failed or got an unexpected answer").isEmpty();
        assertThat(booked).as("bookings made").isNotEmpty();
        assertThat(bookingIds).as("distinct bookings answered 201").hasSize(booked.size());
        assertThat(slotIds).as("slots booked by a 201 (none twice)").hasSize(booked.size());
        assertThat(slotsTwice).as("slots with more than one active booking").isZero();
        assertThat(confirmed).as("CONFIRMED bookings of the visitors").isEqualTo(bookingIds);
        assertThat(visitorBookings).as("visitors' bookings in the database").isEqualTo(booked.size());
        assertThat(listRate).as("GET /mentors requests per second").isGreaterThanOrEqualTo(MENTORS_PER_SECOND * 0.95);
        assertThat(lists.percentile(99)).as("GET /mentors p99 in ms").isLessThan(TARGET_P99_MILLIS);
    }

    /** One client: visitors one after another, a turn every {@code gap} nanoseconds from its own start. */
    private final class Client {
        private final long start;
        private final long gap;
        private final ScheduledExecutorService timer;
        private final CountDownLatch finished;
        private long turn;
        private String token;
        private List<Long> listed = List.of();
        private long mentor;
        private List<Long> freeTimes = List.of();
        private boolean booking;

        Client(long start, long gap, ScheduledExecutorService timer, CountDownLatch finished) {
            this.start = start;
            this.gap = gap;
            this.timer = timer;
            this.finished = finished;
        }

        void schedule() {
            long due = start + turn * gap;
            if (due >= measureUntil || System.nanoTime() >= measureUntil) {
                finished.countDown();
                return;
            }
            timer.schedule(() -> {
                try {
                    long now = System.nanoTime();
                    // Measured by when it is taken, not when it was due: a client that fell behind an overloaded
                    // server still counts in the window (its lists "from due" then show how far behind it is).
                    boolean measured = now >= measureFrom && now < measureUntil;
                    if (measured && now - due > TimeUnit.MILLISECONDS.toNanos(10)) {
                        lateTurns.increment();
                    }
                    take((int) (turn % TURNS), measured, due);
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
                turn++;
                schedule();
            }, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
        }

        private void take(int step, boolean measured, long due) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (step == 0) {
                booking = random.nextDouble() < BOOKING_SHARE;
                if (token != null) {
                    return; // the same visitor's next visit
                }
                long telegramId = nextVisitor.getAndIncrement();
                String initData = TelegramSigned.initData(TestBotApi.TOKEN, telegramId, "Visitor", "en", NOW);
                JsonNode answer = call(SIGN_IN, measured, post("/api/v1/auth/telegram",
                        "{\"initData\":\"" + initData + "\"}", null), 200);
                token = answer == null ? null : answer.path("accessToken").asText(null);
            } else if (step <= LISTS) {
                String query = step == 1 ? "?page=0"
                        : random.nextBoolean() ? "?topic=" + TOPICS[random.nextInt(TOPICS.length)] + "&page="
                        + random.nextInt(3) : "?page=" + (1 + random.nextInt(4));
                JsonNode page = call(LIST, measured, get("/api/v1/mentors" + query), 200);
                if (measured) { // from the turn's due time: includes any wait of a client that fell behind
                    latencies.computeIfAbsent(LIST_FROM_SCHEDULE, e -> new Latencies()).add(System.nanoTime() - due);
                }
                if (page != null && page.path("items").size() > 0) {
                    List<Long> ids = new ArrayList<>();
                    page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
                    listed = ids;
                }
            } else if (step <= LISTS + 2 * MENTORS_OPENED) {
                if ((step - LISTS) % 2 == 1) {
                    mentor = listed.isEmpty() ? 1 : listed.get(random.nextInt(listed.size()));
                    call(CARD, measured, get("/api/v1/mentors/" + mentor), 200, false);
                } else {
                    Instant from = NOW.plus(Duration.ofDays(random.nextInt(14)));
                    JsonNode times = call(SLOTS, measured, get("/api/v1/mentors/" + mentor + "/slots?from=" + from
                            + "&to=" + from.plus(Duration.ofDays(7))), 200);
                    List<Long> ids = new ArrayList<>();
                    if (times != null) {
                        times.path("items").forEach(item -> ids.add(item.path("id").asLong()));
                    }
                    freeTimes = ids;
                }
            } else if (booking && token != null && !freeTimes.isEmpty()) {
                // Most people take one of the first times shown; a lost race means another from the same list.
                long slot = freeTimes.remove(random.nextInt(Math.min(3, freeTimes.size())));
                JsonNode answer = call(BOOK, measured, post("/api/v1/bookings", "{\"slotId\":" + slot + "}", token),
                        201);
                if (answer != null) {
                    if (!"CONFIRMED".equals(answer.path("status").asText())) {
                        failures.add("booking answered " + answer);
                    }
                    booked.add(new long[] {answer.path("id").asLong(), answer.path("slotId").asLong()});
                    booking = false;
                    token = null; // booked: the visitor leaves, a new one comes
                }
            }
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build();
        }

        private HttpRequest post(String path, String body, String bearer) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            return request.build();
        }

        /** Sends, records the latency and the answer; the body when the status is the expected one, else null. */
        private JsonNode call(String endpoint, boolean measured, HttpRequest request, int expected) {
            return call(endpoint, measured, request, expected, true);
        }

        /**
         * Sends, records the latency and the answer; the body ({@code read}: parsed, else empty) when the status is the
         * expected one, else null. A 409 and an unexpected answer are always parsed, to tell what they are.
         */
        private JsonNode call(String endpoint, boolean measured, HttpRequest request, int expected, boolean read) {
            long sent = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                status = -1;
                body = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            long took = System.nanoTime() - sent;
            JsonNode json = read || status != expected ? parse(body) : JSON.createObjectNode();
            String outcome = status == 409 ? "409 " + json.path("type").asText() : Integer.toString(status);
            if (measured) {
                latencies.computeIfAbsent(endpoint, e -> new Latencies()).add(took);
                outcomes.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>())
                        .computeIfAbsent(outcome, o -> new LongAdder()).increment();
            }
            if (status == expected) {
                return json;
            }
            if (!(endpoint.equals(BOOK) && outcome.endsWith("/problems/slot-taken"))) {
                failures.add(endpoint + " answered " + status + ": " + (body == null ? ""
                        : body.substring(0, Math.min(200, body.length()))));
            }
            return null;
        }

        private JsonNode parse(String body) {
            try {
                return body == null || body.isBlank() || !body.startsWith("{") ? JSON.createObjectNode()
                        : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }
    }
}
