package io.mentorbot.sandbox;

import java.time.Duration;

import io.mentorbot.MentorBotApplication;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sandbox stopped and started again on its database, as `java -jar` run twice with the same ./data does. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxRestartTest {

    private final String database = TestDatabase.jdbcUrl("sandbox_restart");

    @Test
    void aRestartedSandboxKeepsItsDemoDataAndStillAnswers(CapturedOutput log) {
        long slots;
        try (ConfigurableApplicationContext first = startSandbox()) {
            SimulatedUser sam = first.getBean(Personas.class).user(DemoCast.id(1001)).orElseThrow();
            sam.sendText("/start");
            await().atMost(Duration.ofSeconds(15)).until(() -> !sam.chat().messages().isEmpty());
            slots = count(first, "SELECT count(*) FROM slots");
        }

        try (ConfigurableApplicationContext second = startSandbox()) {
            BotApiEmulator emulator = second.getBean(BotApiEmulator.class);
            String port = second.getEnvironment().getProperty("local.server.port");
            assertThat(log).contains("SANDBOX: open http://localhost:" + port + "/sandbox");
            SimulatedUser sam = second.getBean(Personas.class).user(DemoCast.id(1001)).orElseThrow();
            sam.sendText("/start");

            await().atMost(Duration.ofSeconds(15)).until(() -> !sam.chat().messages().isEmpty());
            assertThat(sam.chat().messages()).anySatisfy(m -> assertThat(String.valueOf(m.text())).contains("Sam"));
            assertThat(count(second, "SELECT count(*) FROM slots")).isEqualTo(slots);
            assertThat(count(second, "SELECT count(*) FROM users")).isEqualTo(9);
            String photo = second.getBean(JdbcClient.class).sql("""
                    SELECT p.photo_file_id FROM mentor_profiles p JOIN users u ON u.id = p.user_id
                     WHERE u.telegram_id = ?
                    """).param(DemoCast.id(2001)).query(String.class).single();
            assertThat(emulator.file(photo)).isPresent();
        }
    }

    private ConfigurableApplicationContext startSandbox() {
        return new SpringApplicationBuilder(MentorBotApplication.class).run(
                "--server.port=0",
                "--mentorbot.database.url=" + database,
                "--mentorbot.database.username=postgres",
                "--mentorbot.telegram.token=",
                "--mentorbot.sandbox.enabled=true",
                "--mentorbot.telegram.poll-timeout=1s",
                "--mentorbot.accounts.admin-telegram-ids=");
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        return context.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }
}
