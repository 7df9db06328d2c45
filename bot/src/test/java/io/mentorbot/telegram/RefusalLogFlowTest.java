package io.mentorbot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.dialog.RefusalLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused actions are logged by user id and action only, at most one line per user and minute. */
class RefusalLogFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusalLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listenToTheRefusalLog() {
        clock.setTo(NOW);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void aForgedButtonIsLoggedOnceWithTheUserIdAndActionAndFiftyMakeOneLine() {
        SimulatedUser mallory = telegram.user(971, "Mallory", "Moriarty", "mallory_m", "en");
        BotMessage start = send(mallory, "/start");
        long malloryId = count("SELECT id FROM users WHERE telegram_id = 971");

        assertThat(pressData(mallory, start.messageId(), "v1:app:1:y").text())
                .isEqualTo("This is for platform admins only.");

        assertThat(linesAbout(malloryId)).singleElement().satisfies(line -> {
            assertThat(line).contains("user " + malloryId, "application decision");
            assertThat(line).doesNotContain("Mallory", "Moriarty", "mallory_m", "v1:");
        });

        for (int i = 0; i < 49; i++) {
            pressData(mallory, start.messageId(), "v1:xb:" + (1000 + i));
        }
        assertThat(linesAbout(malloryId)).hasSize(1);

        clock.setTo(NOW.plus(Duration.ofSeconds(61)));
        send(mallory, "/grantadmin 971 1h");

        assertThat(linesAbout(malloryId)).hasSize(2);
        assertThat(linesAbout(malloryId).get(1)).contains("/grantadmin", "49 more");
    }

    private List<String> linesAbout(long userId) {
        List<ILoggingEvent> logged;
        synchronized (lines) { // the appender adds under its own lock, on the handlers' threads
            logged = List.copyOf(lines.list);
        }
        return logged.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("user " + userId + " ") || line.endsWith("user " + userId))
                .toList();
    }
}
