package io.mentorbot.telegram;

import java.time.Duration;

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

/** The application is stopped and started again mid-dialog, as a deployment or a crash would do. */
class RestartFlowTest {

    private final BotApiEmulator telegram = BotApiEmulator.start("777:restart-token");
    private final String database = TestDatabase.jdbcUrl("restart_flow");

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void aDialogContinuesAfterTheApplicationRestarts() {
        SimulatedUser john = telegram.user(4001, "John", "en");
        try (ConfigurableApplicationContext first = startApplication()) {
            john.sendText("/timezone");
            await().atMost(Duration.ofSeconds(10)).until(() -> john.chat().messages().size() == 1);
            assertThat(john.chat().last().text()).startsWith("Your time zone is Europe/Kyiv");
        }

        long answer = john.sendText("Europe/Lisbon"); // arrives while the bot is down
        try (ConfigurableApplicationContext second = startApplication()) {
            await().atMost(Duration.ofSeconds(15)).until(() -> john.chat().allMessages().size() == 2);

            assertThat(john.chat().last().text()).startsWith("Your time zone is now Europe/Lisbon");
            assertThat(john.chat().messages()).as("the answered question is gone").hasSize(1);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT time_zone FROM users WHERE telegram_id = 4001").query(String.class).single())
                    .isEqualTo("Europe/Lisbon");
            assertThat(jdbc.sql("SELECT handled_at IS NOT NULL FROM telegram_updates WHERE update_id = ?")
                    .param(answer).query(Boolean.class).single()).isTrue();
        }
    }

    private ConfigurableApplicationContext startApplication() {
        return AppInstance.start(telegram, database, "--mentorbot.telegram.poll-timeout=1s");
    }
}
