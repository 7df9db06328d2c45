package io.mentorbot.sandbox.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** setWebhook and, once opted in, updates posted to the webhook as Telegram posts them. */
class BotApiEmulatorWebhookTest {

    private static final String TOKEN = "777:webhook-token";
    private static final String SECRET = "the_secret-1";

    private final BotApiEmulator emulator = BotApiEmulator.start(TOKEN);
    private final OkHttpTelegramClient bot =
            new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", emulator.port(), false));
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private HttpServer receiver;

    @AfterEach
    void stop() {
        emulator.close();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void withoutOptingInAPlainHttpWebhookIsRefusedAsTelegramDoes() throws Exception {
        assertThatThrownBy(() -> bot.execute(SetWebhook.builder().url(startReceiver()).build()))
                .isInstanceOf(TelegramApiRequestException.class)
                .hasMessageContaining("HTTPS URL must be provided");
    }

    @Test
    void updatesArePostedWithTheSecretInOrderAndRetriedUntilAccepted() throws Exception {
        emulator.deliverToWebhook();
        bot.execute(SetWebhook.builder().url(startReceiver()).secretToken(SECRET).maxConnections(4).build());
        SimulatedUser anna = emulator.user(3001, "Anna", "en");
        refuseNext.set(2); // the bot is down for the first two posts

        long first = anna.sendText("one");
        long second = anna.sendText("two");
        long third = anna.sendText("three");

        await().atMost(Duration.ofSeconds(10)).until(() -> accepted.size() == 3);
        assertThat(accepted).extracting(update -> update.get("update_id").asLong())
                .containsExactly(first, second, third);
        assertThat(accepted).extracting(update -> update.at("/message/text").asText())
                .containsExactly("one", "two", "three");
        assertThat(secrets).containsOnly(SECRET);
        assertThat(emulator.webhookFailures()).isEqualTo(2);
        assertThat(emulator.pendingUpdates()).isZero();
    }

    private String startReceiver() throws IOException {
        ObjectMapper json = new ObjectMapper();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
                accepted.add(json.readTree(body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }
}
