package io.mentorbot.support;

import java.time.Duration;

import io.mentorbot.calendar.FakeGoogle;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of the flow tests: the real application, on a real PostgreSQL, polling a real (emulated) Bot API over
 * HTTP. Tests act as Telegram users do (send a message, press a button) and read what their chat shows.
 * All flow tests share this one configuration, so Spring starts the application once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({BotFlowTest.SettableTime.class, CountedStatements.class})
public abstract class BotFlowTest {

    /** System property a benchmark sets before its context starts, to measure with the production busy-cache-ttl. */
    protected static final String BUSY_CACHE_TTL = "mentorbot.test.busy-cache-ttl";
    /** The same for catalogue-cache-ttl. */
    protected static final String CATALOGUE_CACHE_TTL = "mentorbot.test.catalogue-cache-ttl";

    /** Telegram id of the configured admin. */
    protected static final long ADMIN_ID = 9001;
    /**
     * SQL: the inbox row {@code u} is handled and its replies are out (a turn's replies wait in {@code telegram_replies}
     * from its commit until they are sent).
     */
    public static final String ANSWERED = "u.handled_at IS NOT NULL AND NOT EXISTS "
            + "(SELECT 1 FROM telegram_replies r WHERE r.update_id = u.update_id)";
    protected static final BotApiEmulator telegram = TestBotApi.shared();
    private static final Duration HANDLING = Duration.ofSeconds(10);

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    /** The application's clock, settable by tests. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SettableTime {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @DynamicPropertySource
    static void realParts(DynamicPropertyRegistry properties) {
        properties.add("mentorbot.database.url", TestDatabase::jdbcUrl);
        properties.add("mentorbot.database.username", () -> "postgres");
        properties.add("mentorbot.telegram.token", () -> TestBotApi.TOKEN);
        properties.add("mentorbot.telegram.api-url", telegram::baseUrl);
        properties.add("mentorbot.telegram.poll-timeout", () -> "2s");
        // Test users act many times a second, far faster than people; Telegram's pace per chat would only slow the
        // suite down (the pacing itself is tested with its defaults in the outbox tests).
        properties.add("mentorbot.outbox.per-chat-per-second", () -> "50");
        properties.add("mentorbot.outbox.per-chat-burst", () -> "10");
        // Likewise their incoming budget: a test user goes through a whole journey in a second or two (the budget
        // itself is tested with its defaults in FloodFlowTest).
        properties.add("mentorbot.telegram.intake.user-rate", () -> "1000");
        properties.add("mentorbot.telegram.intake.user-burst", () -> "1000");
        properties.add("mentorbot.accounts.admin-telegram-ids", () -> Long.toString(ADMIN_ID));
        properties.add("mentorbot.accounts.default-language", () -> "en");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", TestMail::port);
        properties.add("spring.mail.properties[mail.smtp.starttls.enable]", () -> "false");
        properties.add("mentorbot.mail.from", () -> TestMail.FROM);
        // Paid sessions are booked and paid in the flow tests; PaymentsOffFlowTest runs without a provider.
        properties.add("mentorbot.payments.provider", () -> "simulated");
        // Google Calendar sync on, against a local fake (started once per JVM); tests run the worker themselves.
        String google = FakeGoogle.get().baseUrl();
        properties.add("mentorbot.calendar.client-id", () -> FakeGoogle.CLIENT_ID);
        properties.add("mentorbot.calendar.client-secret", () -> FakeGoogle.CLIENT_SECRET);
        properties.add("mentorbot.calendar.public-base-url", () -> "http://127.0.0.1");
        properties.add("mentorbot.calendar.auth-uri", () -> google + "/auth");
        properties.add("mentorbot.calendar.token-uri", () -> google + "/token");
        properties.add("mentorbot.calendar.revoke-uri", () -> google + "/revoke");
        properties.add("mentorbot.calendar.calendar-root-url", () -> google + "/");
        properties.add("mentorbot.calendar.token-key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        properties.add("mentorbot.calendar.poll-interval", () -> "0");
        // Fresh busy times on every screen of a flow test; a benchmark sets the production default (see there).
        properties.add("mentorbot.calendar.busy-cache-ttl", () -> System.getProperty(BUSY_CACHE_TTL, "0s"));
        // Likewise the catalogue: a screen shows what the test has just changed (CatalogueCacheTest covers the cache).
        properties.add("mentorbot.mentors.catalogue-cache-ttl", () -> System.getProperty(CATALOGUE_CACHE_TTL, "0s"));
        properties.add("mentorbot.calendar.meet-links", () -> "true");
        // Google and GitHub sign-in on, against a local fake of both (started once per JVM).
        String providers = FakeProviders.get().baseUrl();
        properties.add("mentorbot.identity.providers.google.client-id", () -> FakeProviders.GOOGLE_ID);
        properties.add("mentorbot.identity.providers.google.client-secret", () -> FakeProviders.GOOGLE_SECRET);
        properties.add("mentorbot.identity.providers.google.auth-uri", () -> providers + "/google/auth");
        properties.add("mentorbot.identity.providers.google.token-uri", () -> providers + "/google/token");
        properties.add("mentorbot.identity.providers.google.user-uri", () -> providers + "/google/userinfo");
        properties.add("mentorbot.identity.providers.github.client-id", () -> FakeProviders.GITHUB_ID);
        properties.add("mentorbot.identity.providers.github.client-secret", () -> FakeProviders.GITHUB_SECRET);
        properties.add("mentorbot.identity.providers.github.auth-uri", () -> providers + "/github/auth");
        properties.add("mentorbot.identity.providers.github.token-uri", () -> providers + "/github/token");
        properties.add("mentorbot.identity.providers.github.user-uri", () -> providers + "/github/user");
        properties.add("mentorbot.identity.providers.github.emails-uri", () -> providers + "/github/user/emails");
    }

    @BeforeEach
    void startFromAnEmptyPlatform() {
        // Work the previous test set off (a notice in the outbox, a photo's copy) may still be writing: should
        // PostgreSQL pick the wipe as a deadlock's victim, it waits for that work and wipes again.
        await().pollDelay(Duration.ZERO).atMost(HANDLING).ignoreException(PessimisticLockingFailureException.class)
                .until(() -> {
                    jdbc.sql("TRUNCATE bookings, slots, mentor_applications, mentor_profiles, conversations, users, telegram_outbox RESTART IDENTITY CASCADE").update();
                    return true;
                });
        telegram.reset();
        clock.followRealTime();
    }

    protected SimulatedUser user(long id, String firstName, String languageCode) {
        return telegram.user(id, firstName, languageCode);
    }

    /** Sends a text as the user and waits until the bot has handled it; returns the newest bot message. */
    protected BotMessage send(SimulatedUser user, String text) {
        awaitHandled(user.sendText(text));
        return user.chat().last();
    }

    /** Presses a button on the newest message that has it and waits until the bot has handled the press. */
    protected CallbackAnswer press(SimulatedUser user, String buttonText) {
        return answered(user, user.press(buttonText));
    }

    protected CallbackAnswer pressData(SimulatedUser user, long messageId, String data) {
        return answered(user, user.pressData(messageId, data));
    }

    private CallbackAnswer answered(SimulatedUser user, long updateId) {
        awaitHandled(updateId);
        return user.chat().answerFor(updateId)
                .orElseThrow(() -> new AssertionError("The button press " + updateId + " was never answered"));
    }

    /** Waits until the update is handled, its replies are out and the notices it caused for others are delivered. */
    protected void awaitHandled(long updateId) {
        await().atMost(HANDLING).until(() -> jdbc
                .sql("SELECT count(*) FROM telegram_updates u WHERE update_id = ? AND " + ANSWERED)
                .param(updateId).query(Long.class).single() == 1 && outboxDelivered());
    }

    /** Waits until nothing is left in the outbox (notices and reminders go out after their commit). */
    protected void awaitOutboxDelivered() {
        await().pollDelay(Duration.ZERO).atMost(HANDLING).until(this::outboxDelivered);
    }

    /**
     * The newest message in the user's chat that is not a file: a notice of a booking's change is followed by the
     * session's calendar file.
     */
    protected static BotMessage lastNotice(SimulatedUser user) {
        java.util.List<BotMessage> seen = user.chat().messages();
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).document() == null) {
                return seen.get(i);
            }
        }
        throw new AssertionError("No message but files in the chat of " + user.firstName());
    }

    private boolean outboxDelivered() {
        return count("SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL AND dropped_at IS NULL") == 0;
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
