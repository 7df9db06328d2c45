package io.mentorbot.sandbox;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** With a bot token the application is a real bot: no emulator, no demo data, no web chat. */
class NoSandboxWithATokenTest extends BotFlowTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void noSandboxBeanExists() {
        assertThat(context.getBeanNamesForType(BotApiEmulator.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoData.class)).isEmpty();
        assertThat(context.getBeanNamesForType(Personas.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxApi.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxPage.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxStartup.class)).isEmpty();
    }

    @Test
    void theSandboxPagesAndApiAreNotThere() {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> status.isError(), (req, res) -> { }).build();

        for (String path : new String[]{"/sandbox", "/sandbox/assets/sandbox.js", "/sandbox/api/personas"}) {
            assertThat(http.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value())
                    .as(path).isEqualTo(404);
        }
        assertThat(http.post().uri("/sandbox/api/reset").retrieve().toBodilessEntity().getStatusCode().value())
                .isIn(404, 405);
    }
}
