package io.mentorbot.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppProcess;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import io.mentorbot.support.TestMail;
import io.mentorbot.telegram.booking.BookingAction;
import io.mentorbot.telegram.callback.CallbackCodec;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A booking's confirmation letter survives the death of the process between the booking's commit and the send: the
 * mail server is down when the student books, the process is killed with SIGKILL, and the next process on the same
 * database sends the letter once the server is up. And a letter that failed is tried again while the process lives.
 */
@Tag("fault")
class MailAfterCrashTest {

    private static final Duration START = Duration.ofSeconds(60);

    private final BotApiEmulator telegram = BotApiEmulator.start("781:mail-crash-token");
    private final List<AppProcess> processes = new ArrayList<>();
    private final int smtpPort = freePort();
    private GreenMail smtp;

    @AfterEach
    void stopEverything() {
        processes.forEach(AppProcess::close);
        telegram.close();
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theConfirmationBookedWhileTheMailServerWasDownArrivesAfterAKillAndARestart() throws Exception {
        String database = TestDatabase.jdbcUrl("mail_crash");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "postgres", ""));
        AppProcess first = start("mail-crash-first", database, Map.of());
        SimulatedUser mentor = telegram.user(8500, "Iryna", "en");
        SimulatedUser student = telegram.user(8501, "John", "en");
        register(jdbc, mentor, student);
        long slot = openSlot(jdbc, mentor, Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
        jdbc.sql("UPDATE users SET email = 'john@example.com', email_verified = true WHERE telegram_id = ?")
                .param(student.id()).update();

        long press = student.pressData(student.chat().last().messageId(),
                CallbackCodec.encode(new BookingAction.ConfirmBooking(slot)));
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(jdbc, press)
                && outstanding(jdbc) == 1 && attempted(jdbc));
        first.kill();

        assertThat(jdbc.sql("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'").query(Long.class).single())
                .isOne();
        assertThat(outstanding(jdbc)).as("the letter waits in the registry").isOne();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        start("mail-crash-second", database, Map.of());

        MimeMessage letter = await().atMost(Duration.ofSeconds(20)).until(() -> lettersTo("john@example.com"),
                letters -> !letters.isEmpty()).get(0);
        assertThat(TestMail.subject(letter)).startsWith("Confirmed: your session with Iryna");
        await().atMost(Duration.ofSeconds(10)).until(() -> outstanding(jdbc) == 0);
        assertThat(lettersTo("john@example.com")).hasSize(1);
    }

    @Test
    void aLetterThatFailedIsSentAgainOnceTheMailServerIsBack() throws Exception {
        String database = TestDatabase.jdbcUrl("mail_retry");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "postgres", ""));
        start("mail-retry", database, Map.of("MAIL_RETRY_AFTER", "1s", "MAIL_RETRY_EVERY", "1s"));
        SimulatedUser mentor = telegram.user(8600, "Iryna", "en");
        SimulatedUser student = telegram.user(8601, "Ann", "en");
        register(jdbc, mentor, student);
        long slot = openSlot(jdbc, mentor, Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
        jdbc.sql("UPDATE users SET email = 'ann@example.com', email_verified = true WHERE telegram_id = ?")
                .param(student.id()).update();

        long press = student.pressData(student.chat().last().messageId(),
                CallbackCodec.encode(new BookingAction.ConfirmBooking(slot)));
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(jdbc, press) && attempted(jdbc));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        MimeMessage letter = await().atMost(Duration.ofSeconds(20)).until(() -> lettersTo("ann@example.com"),
                letters -> !letters.isEmpty()).get(0);
        assertThat(TestMail.subject(letter)).startsWith("Confirmed: your session with Iryna");
        await().atMost(Duration.ofSeconds(10)).until(() -> outstanding(jdbc) == 0);
        assertThat(lettersTo("ann@example.com")).hasSize(1);
    }

    private List<MimeMessage> lettersTo(String address) throws Exception {
        List<MimeMessage> letters = new ArrayList<>();
        for (MimeMessage letter : smtp.getReceivedMessages()) {
            if (letter.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                letters.add(letter);
            }
        }
        return letters;
    }

    /** Publications of events whose listeners have not done their work. */
    private static long outstanding(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    /** Whether the first process tried to send the letter (and failed: nothing listens on the SMTP port). */
    private static boolean attempted(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE status = 'FAILED'").query(Long.class).single() > 0;
    }

    private static boolean handled(JdbcClient jdbc, long updateId) {
        return jdbc.sql("SELECT count(*) FROM telegram_updates u WHERE update_id = ? AND " + BotFlowTest.ANSWERED)
                .param(updateId).query(Long.class).single() == 1;
    }

    private static void register(JdbcClient jdbc, SimulatedUser... users) {
        List<Long> starts = new ArrayList<>();
        for (SimulatedUser user : users) {
            starts.add(user.sendText("/start"));
        }
        await().atMost(START).until(() -> starts.stream().allMatch(update -> handled(jdbc, update)));
    }

    private static long openSlot(JdbcClient jdbc, SimulatedUser mentor, Instant start) {
        long mentorId = jdbc.sql("SELECT id FROM users WHERE telegram_id = ?").param(mentor.id())
                .query(Long.class).single();
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', "
                + "'{programming}', true)").param(mentorId).update();
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1))))
                .query(Long.class).single();
    }

    private AppProcess start(String name, String database, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DATABASE_URL", database,
                "DATABASE_USERNAME", "postgres",
                "DATABASE_POOL_SIZE", "5",
                "TELEGRAM_BOT_TOKEN", telegram.token(),
                "TELEGRAM_API_URL", telegram.baseUrl(),
                "TELEGRAM_POLL_TIMEOUT", "1s",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtpPort),
                "SMTP_STARTTLS", "false",
                "MAIL_FROM", TestMail.FROM));
        // Unless a test says otherwise, only a restart sends what is left: no periodic retry within the test's time.
        environment.put("MAIL_RETRY_AFTER", "10m");
        environment.putAll(extra);
        long pollsBefore = polls();
        AppProcess app = AppProcess.start(name, environment);
        processes.add(app);
        await().atMost(START).until(() -> polls() > pollsBefore || !app.isAlive());
        assertThat(app.isAlive()).as("the application started; see " + app.log()).isTrue();
        return app;
    }

    private long polls() {
        return telegram.calls().stream().filter(call -> call.method().equals("getupdates")).count();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
