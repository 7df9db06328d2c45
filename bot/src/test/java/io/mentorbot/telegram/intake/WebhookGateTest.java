package io.mentorbot.telegram.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mentorbot.support.TestClock;
import io.mentorbot.telegram.IntakeSettings;
import io.mentorbot.telegram.intake.RefusedCalls.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook's gate as the application starts it, and how it reports the calls it refuses. */
class WebhookGateTest {

    private final ApplicationContextRunner webhookMode = new ApplicationContextRunner()
            .withUserConfiguration(WebhookGate.Registration.class)
            .withPropertyValues("mentorbot.telegram.intake.webhook-url=https://bot.example.com/telegram/webhook")
            .withBean(Clock.class, Clock::systemUTC);

    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusedCalls.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(lines);
    }

    @Test
    void aSecretShorterThan32CharactersStopsTheStartWithTheRule() {
        webhookMode.withBean(IntakeSettings.class, () -> settings("a".repeat(31))).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET")
                    .hasMessageContaining("32 to 256 characters of A-Z, a-z, 0-9, _ and -");
        });
    }

    @Test
    void aSecretOf32CharactersStartsTheGate() {
        webhookMode.withBean(IntakeSettings.class, () -> settings("A1_-".repeat(8))).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasBean("webhookGate");
        });
    }

    @Test
    void aSecretWithCharactersTelegramRefusesStopsTheStart() {
        webhookMode.withBean(IntakeSettings.class, () -> settings("a".repeat(31) + "!")).run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void aHundredRefusedCallsMakeOneWarningAndTheNextOneAMinuteLaterCountsTheRest() {
        TestClock clock = new TestClock();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        RefusedCalls refused = new RefusedCalls(clock);

        for (int i = 0; i < 100; i++) {
            refused.refused(Kind.WRONG_SECRET, "203.0.113.7");
            clock.setTo(clock.instant().plusMillis(100)); // ten seconds in all
        }
        refused.refused(Kind.NO_SECRET, "203.0.113.8"); // another kind has its own allowance

        assertThat(warnings()).hasSize(2);
        assertThat(warnings().get(0)).contains("refused 1 call(s) with a wrong secret token", "203.0.113.7");
        assertThat(warnings().get(1)).contains("refused 1 call(s) without the secret token", "203.0.113.8");

        clock.setTo(clock.instant().plus(Duration.ofMinutes(1)));
        refused.refused(Kind.WRONG_SECRET, "203.0.113.7");

        assertThat(warnings()).hasSize(3);
        assertThat(warnings().get(2)).contains("refused 100 call(s) with a wrong secret token");
    }

    private List<String> warnings() {
        return lines.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private static IntakeSettings settings(String secret) {
        return new IntakeSettings("https://bot.example.com/telegram/webhook", secret, null, null, null, null, null, null,
                null);
    }
}
