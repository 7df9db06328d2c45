package io.mentorbot.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.mentorbot.support.LargePlatform;
import io.mentorbot.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Benchmark, not a test: {@code /stats} database time on 100,000 users, 1,000 mentors, 1,000,000 slots and
 * 300,000 bookings. Excluded from the normal run; run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=StatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class StatsBenchmark {

    private static final int RUNS = 30;

    @Test
    void statsOnALargePlatform() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestDatabase.jdbcUrl("stats_benchmark"));
        dataSource.setUsername("postgres");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long loadStart = System.nanoTime();
        LargePlatform.load(jdbc);
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        Instant now = Instant.parse(LargePlatform.NOW);
        PlatformStats stats = new PlatformStats(jdbc, Clock.fixed(now, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            stats.snapshot(ZoneId.of("Europe/Kyiv")); // warm the caches
        }
        List<Double> millis = new ArrayList<>();
        PlatformSnapshot last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = stats.snapshot(ZoneId.of("Europe/Kyiv"));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        for (String query : List.of("SELECT name, sum(value) FROM stats_counters GROUP BY name",
                "SELECT hour, value FROM stats_hourly WHERE metric = 'bookings' AND hour >= now() - interval '30 days'")) {
            jdbc.sql("EXPLAIN (ANALYZE, TIMING OFF) " + query).query(String.class).list()
                    .stream().filter(l -> l.contains("Execution Time")).forEach(l -> System.out.println(query + ": " + l));
        }
        System.out.printf("users %d, mentors %d, slots %d, bookings %d%n", last.users(), last.mentors(),
                last.slotsCreated(), last.bookings());
        System.out.printf("/stats database time over %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms%n", RUNS,
                millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), millis.get(RUNS - 1));
    }
}
