package io.mentorbot.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.LargePlatform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test: catalogue and booking latency through the real bot on a large platform (100,000 users,
 * 1,000 mentors, 1,000,000 slots, 300,000 bookings), under a light crowd of students who browse and book. Run it
 * with {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=DataScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DataScaleBenchmark extends BotFlowTest {

    private static final int STUDENTS = Integer.getInteger("bench.students", 300);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    private static final long FIRST_STUDENT = 1_000_000;

    @Test
    void catalogueAndBookingOnAMillionSlots() throws Exception {
        long loadStart = System.nanoTime();
        LargePlatform.load(jdbc);
        System.out.printf("BENCH data scale: loaded in %.1f s: %d users, %d mentors, %d slots (%d free from now), "
                        + "%d bookings%n", (System.nanoTime() - loadStart) / 1e9, count("SELECT count(*) FROM users"),
                count("SELECT count(*) FROM mentor_profiles WHERE listed"), count("SELECT count(*) FROM slots"),
                count("SELECT count(*) FROM slots WHERE status = 'FREE' AND starts_at > ?::timestamptz",
                        LargePlatform.NOW), count("SELECT count(*) FROM bookings"));
        System.out.println("BENCH machine: " + Machine.describe());
        clock.setTo(Instant.parse(LargePlatform.NOW));
        for (int i = 1; i <= LargePlatform.MENTORS; i++) {
            telegram.user(i, "User " + i, "en"); // mentors, so booking notices reach a chat
        }

        run("data scale warm-up", new Crowd.Pace(30, 5000, 1000, 2000), 5_000_000, new BookingStudent.Steps());
        if (Boolean.getBoolean("bench.pgStatements")) {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleRow();
        }
        BookingStudent.Steps steps = new BookingStudent.Steps();
        ReplyProbe probe = run("data scale", new Crowd.Pace(STUDENTS, RAMP_SECONDS * 1000, 1000, 2000),
                FIRST_STUDENT, steps);

        report("/start (featured mentors)", steps.start());
        report("Book a consultation (topics)", steps.menu());
        report("topic -> mentor list", steps.topics());
        report("mentor -> card", steps.mentorList());
        report("Choose a time -> month", steps.mentorCard());
        report("day -> times", steps.month());
        report("time -> confirm screen", steps.day());
        report("confirm -> booked", steps.book());
        // A reply is sent before its transaction commits: wait until every update's handling has committed.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL") == 0);
        long booked = count("""
                SELECT count(DISTINCT b.student_id) FROM bookings b JOIN users u ON u.id = b.student_id
                 WHERE u.telegram_id BETWEEN ? AND ? AND b.status = 'CONFIRMED'""",
                FIRST_STUDENT, FIRST_STUDENT + STUDENTS - 1);
        System.out.printf("BENCH data scale: %d students booked of %d; all turns from receipt %s%n", booked,
                STUDENTS, probe.fromReceipt.summary());
        if (Boolean.getBoolean("bench.pgStatements")) { // the statements that cost PostgreSQL the most, per turn
            jdbc.sql("""
                    SELECT calls, total_exec_time, total_plan_time, regexp_replace(query, '\\s+', ' ', 'g') AS q
                      FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 10""")
                    .query().listOfRows().forEach(row -> System.out.printf(
                            "BENCH statement calls %d, exec ms per call %.3f, plan ms per call %.3f: %.160s%n",
                            ((Number) row.get("calls")).longValue(),
                            ((Number) row.get("total_exec_time")).doubleValue() / ((Number) row.get("calls")).doubleValue(),
                            ((Number) row.get("total_plan_time")).doubleValue() / ((Number) row.get("calls")).doubleValue(),
                            row.get("q")));
        }
        explain("catalogue page, all topics", """
                SELECT * FROM (SELECT u.id, (SELECT min(s.starts_at) FROM slots s WHERE s.mentor_id = u.id
                   AND s.status = 'FREE' AND s.starts_at > now()) AS next_free
                  FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                 WHERE p.listed AND u.is_mentor AND NOT u.deleted AND NOT u.paused) m
                 ORDER BY next_free NULLS LAST, id LIMIT 5""");
        assertThat(booked).isEqualTo(STUDENTS);
    }

    private ReplyProbe run(String name, Crowd.Pace pace, long firstId, BookingStudent.Steps steps)
            throws InterruptedException {
        ReplyProbe probe = new ReplyProbe(false);
        Supplier<Crowd.Person> script = () -> new BookingStudent(steps);
        try (Crowd crowd = new Crowd(telegram, probe, pace)) {
            boolean finished = crowd.run(firstId, script, pace.rampMillis() / 1000 + 180);
            if (!finished) {
                System.out.println("BENCH " + name + " did not finish; waiting: " + probe.describeWaiting(5));
            }
            System.out.printf("BENCH %s: %d students over %d s; finished %s, failures %d %s, steps taken again %s; "
                            + "%.0f updates/s average%n", name, pace.people(), pace.rampMillis() / 1000, finished,
                    crowd.failures.size(), crowd.failures.stream().limit(3).toList(), crowd.retries.get() + " " + crowd.retryReasons,
                    probe.averageRate());
        }
        return probe;
    }

    private static void report(String step, Latencies latencies) {
        System.out.printf("BENCH data scale step %-30s %s%n", step, latencies.summary());
    }

    private void explain(String name, String sql) {
        jdbc.sql("EXPLAIN (ANALYZE, TIMING OFF) " + sql).query(String.class).list().stream()
                .filter(l -> l.contains("Execution Time")).forEach(l -> System.out.println("BENCH SQL " + name + ": " + l));
    }
}
