package io.mentorbot.sandbox;

import java.nio.file.Path;

import io.mentorbot.MentorBotApplication;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start: no token, no DATABASE_URL, no SANDBOX. The sandbox starts on the embedded PostgreSQL,
 * which is secured with a password and commits durably.
 */
class NewcomerSandboxTest {

    @TempDir
    Path data;

    @Test
    void withNeitherTokenNorDatabaseTheSandboxRunsOnADurablePasswordProtectedEmbeddedDatabase() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MentorBotApplication.class).run(
                "--server.port=0",
                "--mentorbot.database.url=",
                "--mentorbot.database.embedded-dir=" + data.resolve("postgres"),
                "--mentorbot.telegram.token=",
                "--mentorbot.sandbox.enabled=",
                "--mentorbot.telegram.poll-timeout=1s",
                "--mentorbot.accounts.admin-telegram-ids=")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(app.getBeanNamesForType(BotApiEmulator.class)).hasSize(1);
            assertThat(app.getBean(DemoData.class).isDemoDatabase()).isTrue();
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")
                    .query(Long.class).single()).isZero();
            assertThat(data.resolve("postgres-password")).isNotEmptyFile();
        }
    }
}
