package io.mentorbot.telegram.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.mentorbot.reminders.ReminderPlanner;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test: 10,000 reminders (5,000 sessions, student and mentor each, all in different chats) fall
 * due at the same second, fired by Quartz, against an emulated Bot API that enforces Telegram's limits (30 messages
 * a second overall, 1 a second per chat). Reports the rate achieved against the configured one, the 429s, and
 * lost or repeated reminders. Excluded from the normal run; run it with
 * {@code mvn -B -pl bot -am verify -Pbenchmark -Dtest=OutboundBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class OutboundBenchmark {

    private static final int SESSIONS = 5_000;
    private static final long MENTORS = 1_000_000;
    private static final long STUDENTS = 2_000_000;
    private static final double RATE = 30;
    private static final String REMINDER = "⏰ Reminder:";

    @Test
    void tenThousandRemindersDueAtOnce() throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start("780:benchmark-token")) {
            List<Long> chats = LongStream.rangeClosed(1, SESSIONS)
                    .flatMap(i -> LongStream.of(MENTORS + i, STUDENTS + i)).boxed().toList();
            chats.forEach(id -> telegram.user(id, "Reader" + id, "en"));
            String database = TestDatabase.jdbcUrl("outbound_benchmark");
            try (ConfigurableApplicationContext app = start(telegram, database)) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(120);
                long planStart = System.nanoTime();
                plan(app, jdbc, due.plus(Duration.ofHours(1)));
                System.out.printf("planned %d sessions in %.1f s; reminders due at %s%n", SESSIONS,
                        (System.nanoTime() - planStart) / 1e9, due);
                telegram.faults().enforceRateLimits(RATE, 1, 3);

                await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(2)).until(() ->
                        Instant.now().isAfter(due) && count(jdbc, "sent_at IS NULL AND dropped_at IS NULL") == 0
                                && count(jdbc, "true") >= chats.size());
                report(telegram, jdbc, chats, due);
            }
        }
    }

    private static void report(BotApiEmulator telegram, JdbcClient jdbc, List<Long> chats, Instant due) {
        long lost = 0;
        long duplicated = 0;
        for (long chat : chats) {
            long reminders = telegram.chat(chat).messages().stream().map(BotMessage::text)
                    .filter(text -> text != null && text.startsWith(REMINDER)).count();
            lost += reminders == 0 ? 1 : 0;
            duplicated += Math.max(0, reminders - 1);
        }
        Instant queuedFirst = instant(jdbc, "SELECT min(created_at) FROM telegram_outbox");
        Instant queuedLast = instant(jdbc, "SELECT max(created_at) FROM telegram_outbox");
        Instant sentFirst = instant(jdbc, "SELECT min(sent_at) FROM telegram_outbox");
        Instant sentLast = instant(jdbc, "SELECT max(sent_at) FROM telegram_outbox");
        long sent = count(jdbc, "sent_at IS NOT NULL");
        double span = Duration.between(sentFirst, sentLast).toMillis() / 1000.0;
        double rate = (sent - 1) / span;
        double total = Duration.between(due, sentLast).toMillis() / 1000.0;
        double floor = chats.size() / RATE;
        long refused = telegram.faults().rateLimited();
        System.out.printf("queued by Quartz: %d messages from %s to %s (%.1f s)%n", count(jdbc, "true"),
                queuedFirst, queuedLast, Duration.between(queuedFirst, queuedLast).toMillis() / 1000.0);
        System.out.printf("sent %d from %s to %s: %.2f messages/s = %.1f%% of the configured %.0f/s%n", sent,
                sentFirst, sentLast, rate, 100 * rate / RATE, RATE);
        System.out.printf("due to last sent: %.1f s (floor %d / %.0f = %.1f s, %.1f%% of it)%n", total, chats.size(),
                RATE, floor, 100 * floor / total);
        System.out.printf("429 answers: %d, lost: %d, duplicated: %d%n", refused, lost, duplicated);
        jdbc.sql("""
                SELECT floor(EXTRACT(EPOCH FROM sent_at - ?) / 30) AS w, count(*) AS n FROM telegram_outbox WHERE sent_at IS NOT NULL GROUP BY 1 ORDER BY 1""")
                .param(Timestamp.from(sentFirst)).query().listOfRows()
                .forEach(row -> System.out.printf("sent in second %3.0f-%3.0f after the first: %.1f messages/s%n",
                        ((Number) row.get("w")).doubleValue() * 30, ((Number) row.get("w")).doubleValue() * 30 + 30,
                        ((Number) row.get("n")).doubleValue() / 30));
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(refused).isZero();
        assertThat(rate).isGreaterThanOrEqualTo(0.95 * RATE);
    }

    /** 5,000 mentors and 5,000 students, one confirmed session each, planned as a confirmation plans them. */
    private static void plan(ConfigurableApplicationContext app, JdbcClient jdbc, Instant start) throws Exception {
        for (long base : List.of(MENTORS, STUDENTS)) {
            jdbc.sql("""
                    INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone, is_mentor)
                    SELECT ? + g, ? + g, 'Reader' || (? + g), 'EN', 'Europe/Kyiv', ? FROM generate_series(1, ?) g
                    """).params(base, base, base, base == MENTORS, SESSIONS).update();
        }
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) "
                + "SELECT id, 'Backend', '{programming}', true FROM users WHERE is_mentor").update();
        jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) "
                        + "SELECT id, ?, ?, 'BOOKED' FROM users WHERE is_mentor")
                .params(Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1)))).update();
        jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, confirmed_at)
                SELECT s.id, st.id, 'CONFIRMED', now() FROM slots s JOIN users m ON m.id = s.mentor_id
                JOIN users st ON st.telegram_id = m.telegram_id + ?
                """).param(STUDENTS - MENTORS).update();
        List<Long> bookings = jdbc.sql("SELECT id FROM bookings").query(Long.class).list();
        ReminderPlanner planner = app.getBean(ReminderPlanner.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        bookings.forEach(id -> pool.execute(() -> planner.plan(id)));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }

    private static long count(JdbcClient jdbc, String condition) {
        return jdbc.sql("SELECT count(*) FROM telegram_outbox WHERE " + condition).query(Long.class).single();
    }

    private static Instant instant(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Timestamp.class).single().toInstant();
    }

    private static ConfigurableApplicationContext start(BotApiEmulator telegram, String database) {
        return AppInstance.start(telegram, database, "--mentorbot.reminders.lead-times=1h");
    }
}
