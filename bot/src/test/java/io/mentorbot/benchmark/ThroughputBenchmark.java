package io.mentorbot.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import io.mentorbot.telegram.TelegramSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test: students browse and book through the real bot (emulated Bot API, embedded PostgreSQL),
 * each acting like a person who waits for the reply and thinks a moment before the next tap; and, in the same
 * run, the same crowd against a minimal echo bot on the same library and emulator (the floor). Prints updates per
 * second and latency from update receipt (getUpdates handing the update out) to the reply. Run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=ThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dbench.students=}, {@code -Dbench.rampSeconds=}, {@code -Dbench.thinkMinMillis=} and
 * {@code -Dbench.thinkMaxMillis=} change the load.
 */
@Tag("benchmark")
class ThroughputBenchmark extends BotFlowTest {

    /** Monday 1 March 2027, 08:00 in Kyiv: every mentor has the whole month free. */
    private static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");
    private static final int MENTORS = 40;
    private static final int STUDENTS = Integer.getInteger("bench.students", 2400);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    private static final int THINK_MIN = Integer.getInteger("bench.thinkMinMillis", 1000);
    private static final int THINK_MAX = Integer.getInteger("bench.thinkMaxMillis", 2000);
    private static final int WARM_UP_STUDENTS = Integer.getInteger("bench.warmUpStudents", 2400);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 30);
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmUpRounds", 2);
    private static final int WARM_UP_MAX_ROUNDS = Integer.getInteger("bench.warmUpMaxRounds", 6);
    private static final long WARM_JIT_MILLIS = Long.getLong("bench.warmJitMillis", 1500);
    private static final int TURNS_PER_STUDENT = 8;
    private static final long FIRST_STUDENT = 1_000_000;

    static {
        // As in production (60 s): students' month and day screens reuse a mentor's busy times (and the absence of a
        // calendar) for a minute. The flow tests turn the cache off.
        System.setProperty(BUSY_CACHE_TTL, "60s");
        // Likewise the catalogue's production default: topics, pages and bookable profiles are reused for 5 s.
        System.setProperty(CATALOGUE_CACHE_TTL, "5s");
    }

    @Autowired
    TelegramSettings settings;

    @Test
    void studentsBrowseAndBookAndAnEchoBotShowsTheFloor() throws Exception {
        clock.setTo(NOW);
        mentorsWithAFreeMonth();
        System.out.println("BENCH machine: " + Machine.describe());
        Crowd.Pace pace = new Crowd.Pace(STUDENTS, RAMP_SECONDS * 1000, THINK_MIN, THINK_MAX);
        // Long enough for the JIT to finish compiling the hot paths (Spring, Hibernate, the dialogs): with a short
        // warm-up the C2 compiler was still busy during the measured run, taking CPU from the bot (after one round of
        // the full crowd it still compiled for 5-8 s of the measured run; two rounds, the steady state of a running
        // bot, leave about 1 s).
        Crowd.Pace warmUp = new Crowd.Pace(WARM_UP_STUDENTS, WARM_UP_SECONDS * 1000, THINK_MIN, THINK_MAX);

        // The emulator stands in for Telegram's servers but lives in this JVM: it keeps no log of calls and updates
        // (replies are read through a call listener) and forgets finished people's chats, so its memory does not
        // weigh on the bot's garbage collections. Kept, they were long-lived objects that every young collection
        // copied and promoted (the update log alone grew by about 4 KB per update).
        telegram.keepHistory(0);
        ReplyProbe echo;
        try (BotApiEmulator echoApi = BotApiEmulator.start("777:echo");
             EchoBot ignored = new EchoBot(echoApi.port(), echoApi.token(), settings.handlerThreads())) {
            echoApi.keepHistory(0);
            run("echo warm-up", echoApi, warmUp, 1, () -> new EchoStudent(TURNS_PER_STUDENT));
            echo = run("echo bot", echoApi, pace, FIRST_STUDENT, () -> new EchoStudent(TURNS_PER_STUDENT));
        }
        // Warm until the JIT compiler is (nearly) done: at least WARM_UP_ROUNDS rounds of the full crowd, then until a
        // round compiled for less than WARM_JIT_MILLIS. Methods that run once per booking reach the last compilation
        // tier only after thousands of bookings, so a fixed two rounds still left seconds of compiling in the measured
        // run. Every round starts from the same free month (its bookings are removed afterwards).
        for (int round = 0; round < WARM_UP_MAX_ROUNDS; round++) {
            long jitBefore = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            run("MentorBot warm-up " + (round + 1), telegram, warmUp, 5_000_000 + round * 1_000_000L,
                    () -> new BookingStudent(new BookingStudent.Steps()));
            freeTheMonthAgain();
            long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime()
                    - jitBefore;
            if (round + 1 >= WARM_UP_ROUNDS && jit < WARM_JIT_MILLIS) {
                break;
            }
        }
        BookingStudent.Steps steps = new BookingStudent.Steps();
        if (Boolean.getBoolean("bench.pgStatements")) {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleRow();
        }
        ReplyProbe bot = run("MentorBot", telegram, pace, FIRST_STUDENT, () -> new BookingStudent(steps));

        // A reply is sent before its transaction commits: wait until every update's handling has committed.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL") == 0);
        long booked = count("""
                SELECT count(DISTINCT b.student_id) FROM bookings b JOIN users u ON u.id = b.student_id
                 WHERE u.telegram_id BETWEEN ? AND ? AND b.status = 'CONFIRMED'""",
                FIRST_STUDENT, FIRST_STUDENT + STUDENTS - 1);
        long duplicated = count("""
                SELECT count(*) - count(DISTINCT b.student_id) FROM bookings b JOIN users u ON u.id = b.student_id
                 WHERE u.telegram_id BETWEEN ? AND ?""", FIRST_STUDENT, FIRST_STUDENT + STUDENTS - 1);
        long unhandled = count("SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL");
        long retried = count("SELECT count(*) FROM telegram_updates WHERE attempts > 1");
        System.out.printf("BENCH MentorBot bookings: %d students, %d booked, lost %d, duplicated %d; "
                        + "updates unhandled %d, handled more than once %d, duplicate answers %d%n",
                STUDENTS, booked, STUDENTS - booked, duplicated, unhandled, retried, bot.duplicates.get());
        for (var step : new String[][] {{"/start", "start"}, {"Book a consultation", "menu"}, {"topic", "topics"},
                {"mentor list", "mentorList"}, {"mentor card", "mentorCard"}, {"month", "month"},
                {"day", "day"}, {"confirm", "book"}}) {
            System.out.printf("BENCH MentorBot step %-20s %s%n", step[0], latencies(steps, step[1]).summary());
        }
        System.out.printf("BENCH ratio MentorBot / echo: busiest-10s rate %.2f, p50 %.1fx, p99 %.1fx%n",
                bot.busiestRate(10) / echo.busiestRate(10),
                bot.fromReceipt.percentile(50) / echo.fromReceipt.percentile(50),
                bot.fromReceipt.percentile(99) / echo.fromReceipt.percentile(99));
        System.out.printf("BENCH memory after the load: test JVM (bot + emulator + crowd) VmRSS %.0f MiB, "
                        + "heap used %.0f MiB of %.0f MiB max; %s%n",
                Machine.rssMib(ProcessHandle.current().pid()),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, Machine.postgres(Machine.port(TestDatabase.jdbcUrl())));
        System.out.println("BENCH load average at the end: " + Machine.loadAverage());
        if (Boolean.getBoolean("bench.pgStatements")) {
            printStatements(bot.fromCreation.count());
        }

        telegram.keepHistory(10_000);
        assertThat(STUDENTS - booked).as("students left without a booking").isZero();
        assertThat(duplicated).as("students with more than one booking").isZero();
        assertThat(echo.duplicates.get() + bot.duplicates.get()).as("duplicate replies").isZero();
    }

    private ReplyProbe run(String name, BotApiEmulator api, Crowd.Pace pace, long firstId,
                           java.util.function.Supplier<Crowd.Person> script) throws InterruptedException {
        ReplyProbe probe = new ReplyProbe(script.get() instanceof EchoStudent);
        int postgresPort = Machine.port(TestDatabase.jdbcUrl());
        String loadBefore = Machine.loadAverage();
        long jvmCpu = Machine.cpuMillis(ProcessHandle.current().pid());
        long postgresCpu = Machine.postgresCpuMillis(postgresPort);
        Map<String, Long> postgresByKind = Machine.postgresCpuMillisByKind(postgresPort);
        Map<String, Long> threadCpu = Machine.threadCpuMillis();
        long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        int gc = Machine.gcMark();
        try (Crowd crowd = new Crowd(api, probe, pace)) {
            boolean finished = crowd.run(firstId, script, pace.rampMillis() / 1000 + 180);
            if (!finished) {
                System.out.println("BENCH " + name + " did not finish; waiting: " + probe.describeWaiting(5));
            }
            double updates = Math.max(1, probe.fromCreation.count());
            Map<String, Long> threadCpuAfter = Machine.threadCpuMillis();
            StringBuilder threads = new StringBuilder();
            threadCpuAfter.forEach((group, millis) -> {
                double perUpdate = (millis - threadCpu.getOrDefault(group, 0L)) / updates;
                if (perUpdate >= 0.05) {
                    threads.append(String.format(" %s %.2f,", group, perUpdate));
                }
            });
            System.out.printf("BENCH %s: load average before %s, after %s; CPU ms per update: this JVM %.2f "
                            + "(by thread:%s), PostgreSQL %.2f; JIT compiling during the run %d ms; %s%n", name, loadBefore,
                    Machine.loadAverage(), (Machine.cpuMillis(ProcessHandle.current().pid()) - jvmCpu) / updates,
                    threads, (Machine.postgresCpuMillis(postgresPort) - postgresCpu) / updates,
                    java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit,
                    Machine.gcSince(gc));
            StringBuilder postgres = new StringBuilder();
            Machine.postgresCpuMillisByKind(postgresPort).forEach((kind, millis) -> {
                double perUpdate = (millis - postgresByKind.getOrDefault(kind, 0L)) / updates;
                if (perUpdate >= 0.01) {
                    postgres.append(String.format(" %s %.2f,", kind, perUpdate));
                }
            });
            System.out.printf("BENCH %s: PostgreSQL CPU ms per update by process:%s%n", name, postgres);
            System.out.printf("BENCH %s: %d people over %d s, think %d-%d ms; finished %s, unfinished %d, "
                            + "failures %d %s, steps taken again %s%n", name, pace.people(), pace.rampMillis() / 1000,
                    pace.thinkMinMillis(), pace.thinkMaxMillis(), finished, crowd.unfinished(), crowd.failures.size(),
                    crowd.failures.stream().limit(3).toList(), crowd.retries.get() + " " + crowd.retryReasons);
            System.out.printf("BENCH %s: %d updates, %.0f updates/s average, %.0f updates/s busiest 10 s; "
                            + "from receipt %s; from creation %s%n", name, probe.fromCreation.count(),
                    probe.averageRate(), probe.busiestRate(10), probe.fromReceipt.summary(),
                    probe.fromCreation.summary());
        }
        return probe;
    }

    /** The statements that cost PostgreSQL the most during the MentorBot run, per update handled. */
    private void printStatements(long updates) {
        jdbc.sql("""
                SELECT calls, total_exec_time, total_plan_time, rows, regexp_replace(query, '\\s+', ' ', 'g') AS q
                  FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 40""").query().listOfRows().forEach(row ->
                System.out.printf("BENCH statement calls/update %.2f, exec ms/update %.3f, plan ms/update %.3f: %.220s%n",
                        ((Number) row.get("calls")).doubleValue() / updates,
                        ((Number) row.get("total_exec_time")).doubleValue() / updates,
                        ((Number) row.get("total_plan_time")).doubleValue() / updates, row.get("q")));
        // One pooled connection's prepared statements: which are planned anew each call (custom) or once (generic).
        jdbc.sql("""
                SELECT generic_plans, custom_plans, regexp_replace(statement, '\\s+', ' ', 'g') AS q
                  FROM pg_prepared_statements WHERE custom_plans > 0 ORDER BY custom_plans DESC LIMIT 10""")
                .query().listOfRows().forEach(row -> System.out.printf(
                        "BENCH prepared on one connection: generic plans %s, custom plans %s: %.160s%n",
                        row.get("generic_plans"), row.get("custom_plans"), row.get("q")));
        jdbc.sql("SELECT sum(calls) AS c, sum(total_exec_time) AS t FROM pg_stat_statements").query().listOfRows()
                .forEach(row -> System.out.printf("BENCH statements in all: %.1f per update, %.3f ms exec per update%n",
                        ((Number) row.get("c")).doubleValue() / updates,
                        ((Number) row.get("t")).doubleValue() / updates));
    }

    private static Latencies latencies(BookingStudent.Steps steps, String name) {
        return switch (name) {
            case "start" -> steps.start();
            case "menu" -> steps.menu();
            case "topics" -> steps.topics();
            case "mentorList" -> steps.mentorList();
            case "mentorCard" -> steps.mentorCard();
            case "month" -> steps.month();
            case "day" -> steps.day();
            default -> steps.book();
        };
    }

    /** Removes the warm-up's bookings once its updates are handled, so the next round finds every slot free. */
    private void freeTheMonthAgain() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL") == 0);
        jdbc.sql("DELETE FROM bookings").update();
        jdbc.sql("UPDATE slots SET status = 'FREE' WHERE status <> 'FREE'").update();
    }

    /** Five mentors per topic, each free every hour 07:00-18:00 UTC from 2 to 31 March. */
    private void mentorsWithAFreeMonth() {
        jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, language, time_zone, is_mentor)
                SELECT 500000 + g, 500000 + g, 'Mentor', 'No' || g, 'EN', 'Europe/Kyiv', true
                  FROM generate_series(1, ?) g
                """).param(MENTORS).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed)
                SELECT id, 'Mentor', ARRAY[(ARRAY['programming','fitness','investing','design','career','languages',
                       'marketing','music'])[1 + telegram_id % 8]], true
                  FROM users WHERE is_mentor
                """).update();
        jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at, status)
                SELECT u.id, timestamptz '2027-03-01 00:00+00' + d * interval '1 day' + h * interval '1 hour',
                       timestamptz '2027-03-01 01:00+00' + d * interval '1 day' + h * interval '1 hour', 'FREE'
                  FROM users u, generate_series(1, 30) d, generate_series(7, 18) h
                 WHERE u.is_mentor
                """).update();
        for (int i = 1; i <= MENTORS; i++) {
            telegram.user(500_000 + i, "Mentor", "en");
        }
    }
}
