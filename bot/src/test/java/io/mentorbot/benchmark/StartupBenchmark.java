package io.mentorbot.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.ServedCall;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: starts the application as a process of its own (its main class, this classpath, an empty
 * database, the emulated Bot API), times start to ready (its first getUpdates), lets a crowd of students browse and
 * book, and reads the process's resident memory (VmRSS) before and after. Run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dbench.jvmArgs="-Xmx256m -XX:+UseSerialGC"} passes JVM options to the application.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final String TOKEN = "424242:startup-benchmark";
    private static final int STUDENTS = Integer.getInteger("bench.students", 1200);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 20);

    @Test
    void startToReadyAndMemoryAfterTheLoad() throws Exception {
        String url = TestDatabase.jdbcUrl("startup_benchmark");
        Path dataDir = Files.createTempDirectory("mentorbot-bench");
        try (BotApiEmulator telegram = BotApiEmulator.start(TOKEN)) {
            CountDownLatch polling = new CountDownLatch(1);
            Consumer<ServedCall> firstPoll = call -> {
                if (call.method().equals("getupdates")) {
                    polling.countDown();
                }
            };
            telegram.addCallListener(firstPoll);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            String jvmArgs = System.getProperty("bench.jvmArgs", "").trim();
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.mentorbot.MentorBotApplication"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("app.log").toFile());
            builder.environment().putAll(java.util.Map.of("DATABASE_URL", url, "DATABASE_USERNAME", "postgres",
                    "TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", telegram.baseUrl(),
                    "TELEGRAM_POLL_TIMEOUT", "2s", "PORT", "0", "MENTORBOT_DATA_DIR", dataDir.toString()));
            System.out.println("BENCH machine: " + Machine.describe());
            long start = System.nanoTime();
            Process app = builder.start();
            try {
                assertThat(polling.await(180, TimeUnit.SECONDS)).as("the application polls").isTrue();
                double ready = (System.nanoTime() - start) / 1e9;
                telegram.removeCallListener(firstPoll);
                double idle = Machine.rssMib(app.pid());
                String started = Files.readAllLines(dataDir.resolve("app.log")).stream()
                        .filter(l -> l.contains("Started MentorBotApplication")).findFirst().orElse("?");
                System.out.printf("BENCH start to ready (first getUpdates): %.1f s, JVM options [%s]; log: %s%n",
                        ready, jvmArgs, started.substring(Math.max(0, started.indexOf("Started"))));
                System.out.printf("BENCH application VmRSS when ready: %.0f MiB%n", idle);

                long booked = load(telegram, url);
                System.out.printf("BENCH application VmRSS after %d students booked: %.0f MiB; %s%n", booked,
                        Machine.rssMib(app.pid()), Machine.postgres(Machine.port(url)));
                System.out.println("BENCH load average at the end: " + Machine.loadAverage());
                assertThat(booked).isEqualTo(STUDENTS);
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
                app.destroyForcibly();
            }
        }
    }

    /** Forty mentors free every hour for the next 30 days, then the crowd; returns how many students booked. */
    private long load(BotApiEmulator telegram, String url) throws InterruptedException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        try (dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("""
                    INSERT INTO users (telegram_id, chat_id, first_name, last_name, language, time_zone, is_mentor)
                    SELECT 500000 + g, 500000 + g, 'Mentor', 'No' || g, 'EN', 'Europe/Kyiv', true
                      FROM generate_series(1, 40) g
                    """).update();
            jdbc.sql("""
                    INSERT INTO mentor_profiles (user_id, headline, topics, listed)
                    SELECT id, 'Mentor', ARRAY[(ARRAY['programming','fitness','investing','design','career',
                           'languages','marketing','music'])[1 + telegram_id % 8]], true
                      FROM users WHERE is_mentor
                    """).update();
            jdbc.sql("""
                    INSERT INTO slots (mentor_id, starts_at, ends_at, status)
                    SELECT u.id, date_trunc('day', now()) + d * interval '1 day' + h * interval '1 hour',
                           date_trunc('day', now()) + d * interval '1 day' + (h + 1) * interval '1 hour', 'FREE'
                      FROM users u, generate_series(1, 30) d, generate_series(7, 18) h
                     WHERE u.is_mentor
                    """).update();
            for (int i = 1; i <= 40; i++) {
                telegram.user(500_000 + i, "Mentor", "en");
            }
            ReplyProbe probe = new ReplyProbe(false);
            BookingStudent.Steps steps = new BookingStudent.Steps();
            try (Crowd crowd = new Crowd(telegram, probe, new Crowd.Pace(STUDENTS, RAMP_SECONDS * 1000, 1000, 2000))) {
                crowd.run(1_000_000, () -> new BookingStudent(steps), RAMP_SECONDS + 180);
                System.out.printf("BENCH separate process: %d students over %d s, failures %d %s; %d updates, "
                                + "%.0f updates/s busiest 10 s; from receipt %s%n", STUDENTS, RAMP_SECONDS,
                        crowd.failures.size(), crowd.failures.stream().limit(3).toList(), probe.fromCreation.count(),
                        probe.busiestRate(10), probe.fromReceipt.summary());
            }
            return jdbc.sql("SELECT count(DISTINCT student_id) FROM bookings WHERE status = 'CONFIRMED'")
                    .query(Long.class).single();
        }
    }
}
