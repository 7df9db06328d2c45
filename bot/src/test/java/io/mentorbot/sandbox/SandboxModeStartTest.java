package io.mentorbot.sandbox;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.MentorBotApplication;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sandbox mode only when asked for or on a newcomer's machine: every other start without a token, and a token with
 * SANDBOX=true, is refused before anything touches the database, with what is wrong and how to fix it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxModeStartTest {

    private final String database = TestDatabase.jdbcUrl("sandbox_mode_refused");

    @Test
    void noTokenWithADatabaseUrlRefusesToStartAndLeavesTheDatabaseAlone(CapturedOutput output) {
        assertThatThrownBy(() -> start("--mentorbot.telegram.token=", "--mentorbot.sandbox.enabled="))
                .isInstanceOf(SandboxMode.Refused.class)
                .hasMessageContaining("No TELEGRAM_BOT_TOKEN is set, but DATABASE_URL is")
                .hasMessageContaining("Set TELEGRAM_BOT_TOKEN")
                .hasMessageContaining("or set SANDBOX=true to try the sandbox on it");

        assertThat(output).contains("APPLICATION FAILED TO START", "Action:", "set SANDBOX=true");
        assertThat(tables()).as("no migration ran").isZero();
    }

    @Test
    void aTokenWithSandboxTrueRefusesToStart() {
        assertThatThrownBy(() -> start("--mentorbot.telegram.token=123:real", "--mentorbot.sandbox.enabled=true"))
                .isInstanceOf(SandboxMode.Refused.class)
                .hasMessageContaining("a real bot is never a sandbox")
                .hasMessageContaining("Unset SANDBOX");
        assertThat(tables()).isZero();
    }

    @Test
    void noTokenWithSandboxFalseRefusesToStart() {
        assertThatThrownBy(() -> start("--mentorbot.telegram.token=", "--mentorbot.sandbox.enabled=false"))
                .isInstanceOf(SandboxMode.Refused.class)
                .hasMessageContaining("SANDBOX=false")
                .hasMessageContaining("Set TELEGRAM_BOT_TOKEN");
    }

    @Test
    void aSandboxSettingThatIsNeitherTrueNorFalseIsRefused() {
        assertThatThrownBy(() -> start("--mentorbot.telegram.token=", "--mentorbot.sandbox.enabled=yes please"))
                .isInstanceOf(SandboxMode.Refused.class)
                .hasMessageContaining("SANDBOX is 'yes please', which is neither true nor false");
    }

    @Test
    void theSandboxRunsWhenAskedForOrWithNeitherTokenNorDatabaseAndARealBotRunsWithAToken() {
        assertThat(SandboxMode.sandbox(settings("", "", ""))).as("a newcomer's machine").isTrue();
        assertThat(SandboxMode.sandbox(settings("", "", "true"))).as("no database named, asked for").isTrue();
        assertThat(SandboxMode.sandbox(settings("", "jdbc:postgresql://db/x", "true"))).as("asked for").isTrue();
        assertThat(SandboxMode.sandbox(settings("123:abc", "", ""))).isFalse();
        assertThat(SandboxMode.sandbox(settings("123:abc", "jdbc:postgresql://db/x", ""))).isFalse();
        assertThat(SandboxMode.sandbox(settings("123:abc", "jdbc:postgresql://db/x", "false"))).isFalse();
        assertThat(SandboxMode.sandbox(settings(" ", "", " "))).as("blanks are unset").isTrue();
    }

    private static MockEnvironment settings(String token, String databaseUrl, String sandbox) {
        return new MockEnvironment().withProperty(SandboxMode.TOKEN, token)
                .withProperty(SandboxMode.DATABASE_URL, databaseUrl).withProperty(SandboxMode.ENABLED, sandbox);
    }

    private void start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--mentorbot.database.url=" + database,
                "--mentorbot.database.username=postgres", "--mentorbot.accounts.admin-telegram-ids="));
        args.addAll(List.of(settings));
        new SpringApplicationBuilder(MentorBotApplication.class).run(args.toArray(String[]::new)).close();
    }

    private long tables() {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database);
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                .query(Long.class).single();
    }
}
