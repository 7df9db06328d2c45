package io.mentorbot.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
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
        load(jdbc);
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        Instant now = Instant.parse("2027-03-15T10:00:00Z");
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

    private static void load(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE bookings, slots, mentor_profiles, users RESTART IDENTITY CASCADE").update();
        // A bulk load: per-row counter triggers off, one recount at the end (as an operator would do).
        for (String table : List.of("users", "slots", "bookings")) {
            jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
        }
        jdbc.sql("""
                INSERT INTO users (telegram_id, first_name, language, time_zone, is_mentor, created_at)
                SELECT g, 'User ' || g, 'EN', 'Europe/Kyiv', g <= 1000,
                       timestamptz '2027-03-15 10:00+00' - (g % 400) * interval '1 day'
                  FROM generate_series(1, 100000) g
                """).update();
        // 1,000 mentors x 1,000 one-hour slots each, every 8 hours from 2026-09-01: about 60% of them past.
        jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at, status)
                SELECT m, timestamptz '2026-09-01 00:00+00' + s * interval '8 hours',
                          timestamptz '2026-09-01 01:00+00' + s * interval '8 hours',
                       CASE WHEN s % 10 < 3 THEN 'BOOKED' WHEN s % 10 = 3 THEN 'BLOCKED' ELSE 'FREE' END
                  FROM generate_series(1, 1000) m, generate_series(0, 999) s
                """).update();
        jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, created_at)
                SELECT id, 1001 + (id % 99000),
                       CASE WHEN starts_at < timestamptz '2027-03-15 10:00+00'
                            THEN (ARRAY['COMPLETED','COMPLETED','COMPLETED','NO_SHOW'])[1 + id % 4]
                            ELSE 'CONFIRMED' END,
                       starts_at - interval '5 days'
                  FROM slots WHERE status = 'BOOKED'
                """).update();
        for (String table : List.of("users", "slots", "bookings")) {
            jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
        }
        jdbc.sql("SELECT stats_recount()").query((rs, n) -> 1).list();
        jdbc.sql("VACUUM ANALYZE").update();
    }
}
