package io.mentorbot;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppProcess;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import io.mentorbot.telegram.booking.BookingAction;
import io.mentorbot.telegram.callback.CallbackCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application is killed with SIGKILL (no shutdown of any kind) in the middle of its work and a second process
 * takes over the same database and the same (emulated) Telegram. Counted afterwards, from the chats and the
 * database: updates lost, applied twice, messages lost and duplicated.
 */
@Tag("fault")
class KillNineFaultTest {

    private static final String REMINDER = "⏰ Reminder:";
    private static final Duration START = Duration.ofSeconds(60);

    private final BotApiEmulator telegram = BotApiEmulator.start("780:kill-nine-token");
    private final List<AppProcess> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(AppProcess::close);
        telegram.close();
    }

    @Test
    void killedDuringABurstOfUpdatesLosesNoneAndAppliesNoneTwice() {
        int studentCount = 20;
        String database = TestDatabase.jdbcUrl("kill_burst");
        JdbcClient jdbc = jdbc(database);
        AppProcess first = start("burst-first", database, Map.of());
        SimulatedUser mentor = telegram.user(8000, "Iryna", "en");
        List<SimulatedUser> students = users(8100, studentCount);
        register(jdbc, mentor);
        register(jdbc, students.toArray(SimulatedUser[]::new));
        List<Long> slots = openSlots(jdbc, mentor, studentCount, Instant.now().plus(3, ChronoUnit.DAYS));

        List<Long> burst = new ArrayList<>();
        Map<SimulatedUser, Long> presses = new HashMap<>();
        for (int i = 0; i < studentCount; i++) {
            SimulatedUser student = students.get(i);
            long press = student.pressData(student.chat().last().messageId(),
                    CallbackCodec.encode(new BookingAction.ConfirmBooking(slots.get(i))));
            presses.put(student, press);
            burst.add(press);
            burst.add(student.sendText("/help"));
            burst.add(student.sendText("/timezone"));
        }
        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30))
                .until(() -> handled(jdbc, burst) >= burst.size() / 3);
        first.kill();
        long handledAtKill = handled(jdbc, burst);

        start("burst-second", database, Map.of());
        // Replies the first instance committed but had not sent when it died are sent by the second once their
        // lease (30 s from their commit) has passed.
        await().atMost(Duration.ofSeconds(70)).until(() -> handled(jdbc, burst) == burst.size()
                && outboxPending(jdbc) == 0);

        // Replies go out after the handling transaction commits, kept with it until they are out; notices to others
        // through the outbox: once every update is answered and the outbox is empty, everything was sent.
        long unanswered = students.stream().filter(s -> s.chat().answerFor(presses.get(s)).isEmpty()).count();
        Tally booked = tally(students, "Booked!");
        Tally help = tally(students, "Here is what I can do.");
        Tally zone = tally(students, "Your time zone is");
        long mentorNotices = count(mentor, "New booking");
        long bookings = jdbc.sql("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'").query(Long.class).single();
        long studentsWithTwo = jdbc.sql("SELECT count(*) FROM (SELECT student_id FROM bookings GROUP BY student_id "
                + "HAVING count(*) > 1) twice").query(Long.class).single();
        long lostUpdates = burst.size() - handled(jdbc, burst) + unanswered + help.lost + zone.lost;
        long messagesLost = booked.lost + help.lost + zone.lost + Math.max(0, studentCount - mentorNotices);
        long duplicated = booked.duplicated + help.duplicated + zone.duplicated
                + Math.max(0, mentorNotices - studentCount);
        System.out.printf("kill -9 during a burst (polling): %d updates, %d handled before the kill; updates lost %d, "
                        + "applied twice %d, messages lost %d, messages duplicated %d%n", burst.size(), handledAtKill,
                lostUpdates, studentsWithTwo, messagesLost, duplicated);

        assertThat(handledAtKill).isLessThan(burst.size());
        assertThat(lostUpdates).isZero();
        assertThat(bookings).isEqualTo(studentCount);
        assertThat(studentsWithTwo).isZero();
        assertThat(messagesLost).isZero();
        // Only replies being sent at the kill can go twice (their update is not recorded as answered yet): at most
        // one turn's per handler thread; and an outbox notice Telegram took just before the kill, not yet marked
        // sent, goes again once its claim lapses: at most one per sender thread.
        assertThat(duplicated).isLessThanOrEqualTo(8 + 8);
    }

    @Test
    void killedWhileSendingRemindersLosesNone() {
        int pairs = 12;
        String database = TestDatabase.jdbcUrl("kill_reminders");
        JdbcClient jdbc = jdbc(database);
        Map<String, String> reminders = Map.of("REMINDER_LEAD_TIMES", "1h", "BOOKING_MIN_NOTICE", "1m",
                "QUARTZ_THREADS", "4");
        AppProcess first = start("reminders-first", database, reminders);
        List<SimulatedUser> mentors = users(9000, pairs);
        List<SimulatedUser> students = users(9100, pairs);
        register(jdbc, mentors.toArray(SimulatedUser[]::new));
        register(jdbc, students.toArray(SimulatedUser[]::new));
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(10);
        List<Long> presses = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            long slot = openSlots(jdbc, mentors.get(i), 1, due.plus(Duration.ofHours(1))).get(0);
            SimulatedUser student = students.get(i);
            presses.add(student.pressData(student.chat().last().messageId(),
                    CallbackCodec.encode(new BookingAction.ConfirmBooking(slot))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(jdbc, presses) == pairs
                && remindTriggers(jdbc) == pairs);
        assertThat(Instant.now()).isBefore(due);
        telegram.faults().delay("sendmessage", Duration.ofMillis(100)); // a slow Telegram: sending takes a while

        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30))
                .until(() -> reminders(mentors) + reminders(students) > 0);
        first.kill();
        long sentAtKill = reminders(mentors) + reminders(students);

        start("reminders-second", database, reminders);
        await().atMost(Duration.ofSeconds(45)).until(() -> remindTriggers(jdbc) == 0
                && jdbc.sql("SELECT count(*) FROM qrtz_fired_triggers WHERE state = 'EXECUTING'")
                        .query(Long.class).single() == 0
                && outboxPending(jdbc) == 0);

        Tally toStudents = tally(students, REMINDER);
        Tally toMentors = tally(mentors, REMINDER);
        long claimedNotMarked = jdbc.sql("SELECT count(*) FROM reminders_sent WHERE sent_at IS NULL")
                .query(Long.class).single();
        System.out.printf("kill -9 while sending reminders: %d reminders due, %d sent before the kill; lost %d, "
                        + "duplicated %d (claims left unmarked: %d)%n", 2 * pairs, sentAtKill,
                toStudents.lost + toMentors.lost, toStudents.duplicated + toMentors.duplicated, claimedNotMarked);

        assertThat(sentAtKill).isLessThan(2L * pairs);
        // The claim in reminders_sent and the outbox row commit together, and a job killed before its commit is
        // recovered by Quartz: nothing is lost.
        assertThat(toStudents.lost + toMentors.lost).isZero();
        assertThat(claimedNotMarked).isZero();
        // A message Telegram took just before the kill, not yet marked sent, goes again once its claim lapses:
        // at most one per outbox sender thread.
        assertThat(toStudents.duplicated + toMentors.duplicated).isLessThanOrEqualTo(8);
    }

    private record Tally(long lost, long duplicated) {
    }

    private static Tally tally(List<SimulatedUser> users, String prefix) {
        long lost = 0;
        long duplicated = 0;
        for (SimulatedUser user : users) {
            long seen = count(user, prefix);
            lost += seen == 0 ? 1 : 0;
            duplicated += Math.max(0, seen - 1);
        }
        return new Tally(lost, duplicated);
    }

    private static long count(SimulatedUser user, String prefix) {
        return user.chat().messages().stream().filter(m -> m.text() != null && m.text().startsWith(prefix)).count();
    }

    private static long reminders(List<SimulatedUser> users) {
        return users.stream().mapToLong(u -> count(u, REMINDER)).sum();
    }

    private List<SimulatedUser> users(long firstId, int count) {
        List<SimulatedUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(telegram.user(firstId + i, "User" + i, "en"));
        }
        return users;
    }

    /** Each user says /start; returns once all are registered and answered. */
    private void register(JdbcClient jdbc, SimulatedUser... users) {
        List<Long> starts = new ArrayList<>();
        for (SimulatedUser user : users) {
            starts.add(user.sendText("/start"));
        }
        await().atMost(START).until(() -> handled(jdbc, starts) == starts.size());
    }

    /** Makes the user a listed, free mentor with one-hour slots one after another from {@code from}. */
    private static List<Long> openSlots(JdbcClient jdbc, SimulatedUser mentor, int count, Instant from) {
        long mentorId = jdbc.sql("SELECT id FROM users WHERE telegram_id = ?").param(mentor.id())
                .query(Long.class).single();
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', "
                + "'{programming}', true)").param(mentorId).update();
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofHours(i));
            slots.add(jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                    .params(mentorId, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1))))
                    .query(Long.class).single());
        }
        return slots;
    }

    private static long handled(JdbcClient jdbc, List<Long> updates) {
        return jdbc.sql("SELECT count(*) FROM telegram_updates u WHERE update_id IN (:ids) AND " + BotFlowTest.ANSWERED)
                .param("ids", updates).query(Long.class).single();
    }

    private static long outboxPending(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL AND dropped_at IS NULL")
                .query(Long.class).single();
    }

    private static long remindTriggers(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM session_notices WHERE name LIKE 'remind-%'")
                .query(Long.class).single();
    }

    /** getUpdates calls so far: a new one means a freshly started process is up and polling. */
    private long polls() {
        return telegram.calls().stream().filter(call -> call.method().equals("getupdates")).count();
    }

    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(database, "postgres", ""));
    }

    private AppProcess start(String name, String database, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DATABASE_URL", database,
                "DATABASE_USERNAME", "postgres",
                "DATABASE_POOL_SIZE", "10",
                "TELEGRAM_BOT_TOKEN", telegram.token(),
                "TELEGRAM_API_URL", telegram.baseUrl(),
                "TELEGRAM_POLL_TIMEOUT", "1s",
                "TELEGRAM_ORPHAN_AFTER", "2s",
                // A killed instance's outbox claims lapse after this; the default (2 min) would only slow the test.
                "MENTORBOT_OUTBOX_CLAIMLEASE", "3s"));
        environment.putAll(extra);
        long pollsBefore = polls();
        AppProcess app = AppProcess.start(name, environment);
        processes.add(app);
        await().atMost(START).until(() -> polls() > pollsBefore || !app.isAlive());
        assertThat(app.isAlive()).as("the application started; see " + app.log()).isTrue();
        return app;
    }
}
