package io.mentorbot.telegram.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.mentorbot.reminders.ReminderPlanner;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders with more than one application instance on one database, as in a cluster or across a deployment: Quartz
 * fires on the system clock, so the session is put an hour (the only lead time) and a few seconds ahead of real time.
 */
class ReminderClusterTest {

    private static final String REMINDER = "⏰ Reminder:";
    private static final Duration LEAD = Duration.ofHours(1);
    private static final Duration DUE_IN = Duration.ofSeconds(6);

    private final BotApiEmulator telegram = BotApiEmulator.start("778:cluster-token");

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void aReminderDueWhileTheAppIsDownIsSentOnceAfterItComesBack() {
        String database = TestDatabase.jdbcUrl("reminder_down");
        SimulatedUser mentor = telegram.user(5001, "Iryna", "Koval", "iryna", "en");
        SimulatedUser john = telegram.user(5101, "John", "Smith", "johnny", "en");
        Instant due;
        long booking;
        try (ConfigurableApplicationContext first = startApplication(database)) {
            Session session = bookSessionDueSoon(first, mentor, john);
            due = session.due();
            booking = session.booking();
            assertThat(reminderTriggers(first, booking)).isOne();
        } // closed well before the reminder is due

        await().atMost(DUE_IN.plusSeconds(10)).until(() -> Instant.now().isAfter(due.plusSeconds(1)));
        assertThat(reminders(john)).isZero();
        assertThat(reminders(mentor)).isZero();

        try (ConfigurableApplicationContext second = startApplication(database)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders(john) == 1 && reminders(mentor) == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> reminderTriggers(second, booking) == 0);

            assertThat(john.chat().messages().stream().filter(m -> m.text() != null && m.text().startsWith(REMINDER)))
                    .singleElement().satisfies(m -> assertThat(m.text()).contains("is in 1 hour"));
            assertThat(reminders(mentor)).isOne();
            assertThat(sentRows(jdbc, booking, "remind-60:student")).isOne();
            assertThat(sentRows(jdbc, booking, "remind-60:mentor")).isOne();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseSendAReminderOnce() {
        String database = TestDatabase.jdbcUrl("reminder_cluster");
        SimulatedUser mentor = telegram.user(6001, "Iryna", "Koval", "iryna", "en");
        SimulatedUser john = telegram.user(6101, "John", "Smith", "johnny", "en");
        try (ConfigurableApplicationContext first = startApplication(database)) {
            ensureUsers(first, mentor, john); // while only one instance polls Telegram
            try (ConfigurableApplicationContext second = startApplication(database)) {
                Session session = bookSessionDueSoon(second, mentor, john);
                long booking = session.booking();
                JdbcClient jdbc = first.getBean(JdbcClient.class);

                await().atMost(DUE_IN.plusSeconds(30)).until(() -> reminderTriggers(first, booking) == 0
                        && sentRows(jdbc, booking, "remind-60:student") == 1
                        && sentRows(jdbc, booking, "remind-60:mentor") == 1
                        && reminders(john) >= 1 && reminders(mentor) >= 1);
                assertThat(Instant.now()).isAfterOrEqualTo(session.due());

                assertThat(reminders(john)).isOne();
                assertThat(reminders(mentor)).isOne();
                assertThat(jdbc.sql("SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND sent_at IS NOT NULL")
                        .param(booking).query(Long.class).single()).isEqualTo(2);
                // the recurring hold-expiry job is stored once for the whole cluster
                assertThat(jdbc.sql("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'hold-expiry'")
                        .query(Long.class).single()).isOne();
                assertThat(jdbc.sql("SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state")
                        .query(Long.class).single()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    private record Session(long booking, Instant due) {
    }

    /**
     * A confirmed booking whose one-hour reminder is due a few seconds from now, planned as a confirmation plans it
     * (the planner in its own transaction).
     */
    private Session bookSessionDueSoon(ConfigurableApplicationContext app, SimulatedUser mentor, SimulatedUser john) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        ensureUsers(app, mentor, john);
        long mentorId = userId(jdbc, mentor);
        long johnId = userId(jdbc, john);
        jdbc.sql("UPDATE users SET is_mentor = true, time_zone = 'Europe/Warsaw' WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(DUE_IN);
        long booking = SessionFixture.confirmedBooking(jdbc, SessionFixture.slot(jdbc, mentorId, due.plus(LEAD)), johnId);
        app.getBean(ReminderPlanner.class).plan(booking);
        return new Session(booking, due);
    }

    private static void ensureUsers(ConfigurableApplicationContext app, SimulatedUser... users) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        for (SimulatedUser user : users) {
            if (jdbc.sql("SELECT count(*) FROM users WHERE telegram_id = ?").param(user.id())
                    .query(Long.class).single() == 0) {
                int before = user.chat().messages().size();
                user.sendText("/start");
                await().atMost(Duration.ofSeconds(15)).until(() -> user.chat().messages().size() > before);
            }
        }
    }

    private static long userId(JdbcClient jdbc, SimulatedUser user) {
        return jdbc.sql("SELECT id FROM users WHERE telegram_id = ?").param(user.id()).query(Long.class).single();
    }

    private static long reminders(SimulatedUser user) {
        return user.chat().messages().stream().filter(message -> message.text() != null)
                .filter(message -> message.text().startsWith(REMINDER)).count();
    }

    private static long reminderTriggers(ConfigurableApplicationContext app, long booking) {
        return app.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM session_notices WHERE booking_id = ? AND name LIKE 'remind-%'")
                .param(booking).query(Long.class).single();
    }

    private static long sentRows(JdbcClient jdbc, long booking, String kind) {
        return jdbc.sql("SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND kind = ? AND sent_at IS NOT NULL")
                .params(booking, kind).query(Long.class).single();
    }

    private ConfigurableApplicationContext startApplication(String database) {
        return AppInstance.start(telegram, database, "--mentorbot.telegram.poll-timeout=1s",
                "--mentorbot.reminders.lead-times=1h");
    }
}
