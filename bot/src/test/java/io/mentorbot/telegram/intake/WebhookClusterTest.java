package io.mentorbot.telegram.intake;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode with two application instances on one database behind a round-robin load balancer, fed by the Bot API
 * emulator as Telegram feeds a webhook (secret header, several connections, a chat's updates one after another).
 */
@Tag("fault")
class WebhookClusterTest {

    private static final String SECRET = "s3cret_Token-for-tests_0123456789abcdef";
    private static final BotApiEmulator telegram = BotApiEmulator.start("779:webhook-token");
    private static final HttpClient http = HttpClient.newHttpClient();
    private static RoundRobinBalancer balancer;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoInstancesBehindABalancer() throws Exception {
        telegram.deliverToWebhook();
        balancer = new RoundRobinBalancer();
        String database = TestDatabase.jdbcUrl("webhook_cluster");
        first = startApplication(database);
        balancer.add(port(first));
        second = startApplication(database);
        balancer.add(port(second));
        jdbc = first.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.webhookUrl().isEmpty());
    }

    @AfterAll
    static void stopAll() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (balancer != null) {
            balancer.close();
        }
        telegram.close();
    }

    @Test
    void eachUpdateIsHandledOnceAndEachChatInOrderAcrossInstances() {
        List<SimulatedUser> users = new ArrayList<>();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add(telegram.user(7100 + i, "User" + i, "en"));
        }
        for (SimulatedUser user : users) { // each chat: a dialog whose answers only make sense in order
            sent.add(user.sendText("/timezone"));
            sent.add(user.sendText("Europe/Lisbon"));
            sent.add(user.sendText("/timezone"));
        }

        // An update is recorded as answered once its replies are out.
        await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.sql(
                "SELECT count(*) FROM telegram_updates u WHERE update_id IN (:ids) AND " + BotFlowTest.ANSWERED)
                .param("ids", sent).query(Long.class).single() == sent.size());

        for (SimulatedUser user : users) { // everything sent, in order (the answered question is removed since)
            assertThat(user.chat().allMessages()).extracting(BotMessage::text).satisfiesExactly(
                    text -> assertThat(text).startsWith("Your time zone is Europe/Kyiv"),
                    text -> assertThat(text).startsWith("Your time zone is now Europe/Lisbon"),
                    text -> assertThat(text).startsWith("Your time zone is Europe/Lisbon"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM telegram_updates WHERE update_id IN (:ids) AND attempts = 1")
                .param("ids", sent).query(Long.class).single()).isEqualTo(sent.size());
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE time_zone = 'Europe/Lisbon'").query(Long.class).single())
                .isEqualTo(users.size());
        assertThat(balancer.served(port(first))).isPositive();
        assertThat(balancer.served(port(second))).isPositive();
        assertThat(telegram.pendingUpdates()).isZero();
    }

    @Test
    void forgedCallsWithoutOrWithAWrongSecretAreRefusedAndStoreNothing() throws Exception {
        SimulatedUser olena = telegram.user(7201, "Olena", "en");
        long forgedId = 990_000_001L;
        String forged = update(forgedId, olena.id(), "/timezone");
        String nearMiss = SECRET.substring(0, SECRET.length() - 1) + "X";

        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            assertThat(post(instance, forged, null)).isEqualTo(401);
            assertThat(post(instance, forged, "wrong")).isEqualTo(403);
            assertThat(post(instance, forged, nearMiss)).isEqualTo(403);
            assertThat(post(instance, forged, "")).isIn(401, 403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM telegram_updates WHERE update_id = ?").param(forgedId)
                .query(Long.class).single()).isZero();

        olena.sendText("/help"); // a genuine update afterwards: the only thing she sees answered
        await().atMost(Duration.ofSeconds(15)).until(() -> !olena.chat().messages().isEmpty());
        assertThat(olena.chat().messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).doesNotStartWith("Your time zone"));
    }

    @Test
    void aBodyThatIsNotAnUpdateIsRefusedAndAnUnreadableUpdateIsStoredAndSetAsideOnce() throws Exception {
        SimulatedUser ivan = telegram.user(7401, "Ivan", "en");
        assertThat(post(first, "{\"message\": {\"text\": \"no update_id\"}}", SECRET)).isEqualTo(400);
        assertThat(post(first, "[1, 2]", SECRET)).isEqualTo(400);
        assertThat(post(first, "{\"update_id\": 7", SECRET)).isEqualTo(400);

        // Well-formed, but its message is not a message: Telegram gets its 200 (a refusal would only make it post
        // the update again and again), and the bot sets the update aside after one try instead of retrying it.
        long unreadableId = 770_000_001L;
        String unreadable = "{\"update_id\": " + unreadableId + ", \"message\": {\"message_id\": \"x\", "
                + "\"chat\": {\"id\": " + ivan.id() + ", \"type\": \"private\"}, \"date\": []}}";
        assertThat(post(first, unreadable, SECRET)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM telegram_updates WHERE update_id = ? AND handled_at IS NOT NULL")
                .param(unreadableId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT chat_id FROM telegram_updates WHERE update_id = ?")
                .param(unreadableId).query(Long.class).single()).isEqualTo(ivan.id());
        ivan.sendText("/help"); // his next update is handled as usual, and is the only one answered
        await().atMost(Duration.ofSeconds(15)).until(() -> !ivan.chat().messages().isEmpty());
        assertThat(ivan.chat().messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Here is what I can do."));
        assertThat(jdbc.sql("SELECT attempts FROM telegram_updates WHERE update_id = ?")
                .param(unreadableId).query(Integer.class).single()).isOne();
    }

    @Test
    void anUpdateStoredByAnInstanceThatDiedIsHandledByAnother() throws Exception {
        SimulatedUser petro = telegram.user(7301, "Petro", "en");
        long orphanId = 880_000_001L;
        // Stored a while ago by an instance that died before handling it: no running instance has it queued.
        jdbc.sql("INSERT INTO telegram_updates (update_id, chat_id, payload, received_at) "
                        + "VALUES (?, ?, ?, now() - interval '10 seconds')")
                .params(orphanId, petro.id(), update(orphanId, petro.id(), "/timezone")).update();

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM telegram_updates u WHERE update_id = ? AND " + BotFlowTest.ANSWERED)
                .param(orphanId).query(Long.class).single() == 1);

        assertThat(petro.chat().messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Your time zone is Europe/Kyiv"));
        assertThat(jdbc.sql("SELECT attempts FROM telegram_updates WHERE update_id = ?")
                .param(orphanId).query(Integer.class).single()).isOne();
    }

    @Test
    void aForgedCallIsRefusedBeforeItsBodyIsReadWhateverTheBodyIs() throws Exception {
        long forgedId = 990_000_002L;
        int size = 5 * 1024 * 1024;

        // Five megabytes announced, not one byte sent: an answer can only come if the body was never waited for.
        assertThat(rawStatus(first, "Content-Length: " + size + "\r\n", new byte[0])).isEqualTo(401);
        assertThat(rawStatus(first, "Content-Length: " + size + "\r\n" + WebhookEndpoint.SECRET_HEADER + ": wrong\r\n",
                "{\"update_id\": ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(403);
        assertThat(post(second, "{\"update_id\": " + forgedId + ", \"message\": [", "wrong")).isEqualTo(403);

        assertThat(stored(forgedId)).isZero();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWithAndWithoutContentLengthAndNothingIsStored() throws Exception {
        SimulatedUser marta = telegram.user(7501, "Marta", "en");
        long announced = 660_000_001L;
        long streamed = 660_000_002L;
        String secret = WebhookEndpoint.SECRET_HEADER + ": " + SECRET + "\r\n";

        byte[] tooLarge = padded(update(announced, marta.id(), "/timezone"), WebhookGate.MAX_BODY + 1);
        assertThat(rawStatus(first, secret + "Content-Length: " + tooLarge.length + "\r\n", tooLarge))
                .isEqualTo(413);

        // Chunked, no length given, and never finished: the answer comes once the limit is passed.
        byte[] growing = padded(update(streamed, marta.id(), "/timezone"), WebhookGate.MAX_BODY + 64 * 1024);
        assertThat(rawStatus(first, secret + "Transfer-Encoding: chunked\r\n", unfinishedChunks(growing)))
                .isEqualTo(413);

        assertThat(stored(announced)).isZero();
        assertThat(stored(streamed)).isZero();
        assertThat(marta.chat().messages()).isEmpty();
    }

    @Test
    void anUpdateOfExactlyOneMebibyteIsTaken() throws Exception {
        SimulatedUser oksana = telegram.user(7601, "Oksana", "en");
        long updateId = 660_000_003L;

        byte[] body = padded(update(updateId, oksana.id(), "/help"), WebhookGate.MAX_BODY);
        assertThat(rawStatus(first, WebhookEndpoint.SECRET_HEADER + ": " + SECRET + "\r\nContent-Length: "
                + body.length + "\r\n", body)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> !oksana.chat().messages().isEmpty());
        assertThat(stored(updateId)).isOne();
    }

    @Test
    void aHundredForgedCallsLogAtMostOneWarningPerInstanceAndNeverTheSecretSent() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(WebhookEndpoint.class.getPackageName());
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            for (int i = 0; i < 100; i++) {
                assertThat(post(i % 2 == 0 ? first : second, "{}", "guess-" + i)).isEqualTo(403);
            }
        } finally {
            logger.detachAppender(lines);
        }
        // Earlier calls in this minute may have used the allowance already: then there is no line at all.
        assertThat(lines.list).filteredOn(line -> line.getFormattedMessage().contains("refused"))
                .hasSizeLessThanOrEqualTo(2);
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getFormattedMessage()).doesNotContain("guess-"));
    }

    private static int post(ConfigurableApplicationContext instance, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port(instance) + WebhookEndpoint.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long stored(long updateId) {
        return jdbc.sql("SELECT count(*) FROM telegram_updates WHERE update_id = ?").param(updateId)
                .query(Long.class).single();
    }

    /** The update's JSON followed by spaces up to {@code size} bytes (still one valid JSON object). */
    private static byte[] padded(String json, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }

    /** The body in 64 KiB chunks, without the last (empty) chunk that would end it. */
    private static byte[] unfinishedChunks(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65536) {
            int n = Math.min(65536, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /**
     * Writes a webhook call by hand (headers, then {@code body} as far as given, nothing more) and reads the status
     * of the answer; fails if none comes within ten seconds. The body is written alongside: a server that answers
     * early may stop reading it, and that must not keep the answer from being read.
     */
    private static int rawStatus(ConfigurableApplicationContext instance, String headers, byte[] body)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port(instance))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + WebhookEndpoint.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server closed the connection after answering
                }
            });
            writer.start();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            socket.close();
            writer.join(10_000);
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    /** A private text message as Telegram would post it. */
    private static String update(long updateId, long userId, String text) throws Exception {
        Map<String, Object> from = Map.of("id", userId, "is_bot", false, "first_name", "User", "language_code", "en");
        Map<String, Object> message = Map.of("message_id", 1, "from", from,
                "chat", Map.of("id", userId, "type", "private", "first_name", "User"),
                "date", Instant.now().getEpochSecond(), "text", text,
                "entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", text.length())));
        return new ObjectMapper().writeValueAsString(Map.of("update_id", updateId, "message", message));
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext startApplication(String database) {
        return AppInstance.start(telegram, database,
                "--mentorbot.telegram.intake.webhook-url=" + balancer.url(WebhookEndpoint.PATH),
                "--mentorbot.telegram.intake.webhook-secret=" + SECRET,
                "--mentorbot.telegram.intake.webhook-max-connections=8",
                "--mentorbot.telegram.intake.orphan-after=1s");
    }
}
