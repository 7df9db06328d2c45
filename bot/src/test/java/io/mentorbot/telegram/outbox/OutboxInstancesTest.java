package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox across application instances on one database: what one instance committed but did not send is sent by
 * the next, two instances sending side by side never send one message twice, and together they keep to the bot's one
 * budget at Telegram.
 */
class OutboxInstancesTest {

    private final BotApiEmulator telegram = BotApiEmulator.start("779:outbox-token");

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void noticesCommittedButNotSentBeforeAStopAreSentByTheNextStart() {
        String database = TestDatabase.jdbcUrl("outbox_restart");
        List<Long> chats = chats(7_000, 10);
        try (ConfigurableApplicationContext first = startApplication(database)) {
            telegram.faults().failNext("sendMessage", 1_000_000, 502, null, null); // nothing gets through
            post(first, chats, 3);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> count(jdbc, "attempts > 0") >= 10);
        } // stopped with every notice still waiting
        assertThat(Deliveries.in(telegram, chats, 3).arrived()).isZero();
        telegram.faults().clear();

        try (ConfigurableApplicationContext second = startApplication(database)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.in(telegram, chats, 3).complete());
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> count(jdbc, "sent_at IS NULL") == 0);
        }

        Deliveries result = Deliveries.in(telegram, chats, 3);
        System.out.println("outbox restart: " + result.figures());
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).isZero();
        assertThat(result.inOrder()).isTrue();
    }

    @Test
    void twoInstancesShareTheOutboxAndSendEachNoticeOnce() {
        String database = TestDatabase.jdbcUrl("outbox_cluster");
        List<Long> chats = chats(8_000, 100);
        try (ConfigurableApplicationContext first = startApplication(database);
             ConfigurableApplicationContext second = startApplication(database)) {
            telegram.faults().delay("sendMessage", Duration.ofMillis(20));
            post(first, chats, 3);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "sent_at IS NULL") == 0);

            Deliveries result = Deliveries.in(telegram, chats, 3);
            long senders = jdbc.sql("SELECT count(DISTINCT claimed_by) FROM telegram_outbox").query(Long.class).single();
            System.out.println("outbox two instances: " + result.figures() + ", instances that sent: " + senders);
            assertThat(result.lost()).isZero();
            assertThat(result.duplicated()).isZero();
            assertThat(result.inOrder()).isTrue();
            assertThat(senders).isEqualTo(2);
        }
    }

    @Test
    void twoInstancesShareTheBotsOverallBudgetAtTelegram() {
        String database = TestDatabase.jdbcUrl("outbox_budget");
        List<Long> chats = chats(9_000, 240);
        // Telegram's limits as the emulator enforces them: 30 messages/s over all chats, bursts of one second's worth.
        telegram.faults().enforceRateLimits(30, 1, 3);
        try (ConfigurableApplicationContext first = startApplication(database, "--mentorbot.outbox.heartbeat=300ms");
             ConfigurableApplicationContext second = startApplication(database, "--mentorbot.outbox.heartbeat=300ms")) {
            BotGateway one = first.getBean(BotGateway.class);
            BotGateway two = second.getBean(BotGateway.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> one.overallLimitSharedBy() == 2 && two.overallLimitSharedBy() == 2);

            long start = System.nanoTime();
            post(first, chats, 1);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "sent_at IS NULL") == 0);
            double seconds = (System.nanoTime() - start) / 1e9;

            Deliveries result = Deliveries.in(telegram, chats, 1);
            long senders = jdbc.sql("SELECT count(DISTINCT claimed_by) FROM telegram_outbox").query(Long.class).single();
            System.out.printf("outbox budget shared by two instances: %s in %.1f s (%.1f/s), answers of 429: %d, "
                    + "instances that sent: %d%n", result.figures(), seconds, chats.size() / seconds,
                    telegram.faults().rateLimited(), senders);
            assertThat(result.lost()).isZero();
            assertThat(result.duplicated()).isZero();
            assertThat(senders).as("both instances sent").isEqualTo(2);
            // Each alone may send 30/s with bursts of 10: without sharing, the two of them went over Telegram's 30/s.
            assertThat(telegram.faults().rateLimited()).as("messages Telegram refused with 429").isZero();
        } finally {
            telegram.faults().clear();
        }
    }

    @Test
    void anInstanceThatStopsHandsItsShareBack() {
        String database = TestDatabase.jdbcUrl("outbox_share_back");
        try (ConfigurableApplicationContext first = startApplication(database, "--mentorbot.outbox.heartbeat=300ms")) {
            BotGateway one = first.getBean(BotGateway.class);
            try (ConfigurableApplicationContext second = startApplication(database, "--mentorbot.outbox.heartbeat=300ms")) {
                await().atMost(Duration.ofSeconds(10)).until(() -> one.overallLimitSharedBy() == 2);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> one.overallLimitSharedBy() == 1);
        }
    }

    private List<Long> chats(long firstId, int n) {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chats.add(telegram.user(firstId + i, "Reader" + i, "en").id());
        }
        return chats;
    }

    private static void post(ConfigurableApplicationContext app, List<Long> chats, int perChat) {
        Outbox outbox = app.getBean(Outbox.class);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            for (int i = 0; i < perChat; i++) {
                for (long chat : chats) {
                    outbox.post(SendMessage.builder().chatId(chat).text(Deliveries.text(chat, i)).build());
                }
            }
        });
    }

    private static long count(JdbcClient jdbc, String condition) {
        return jdbc.sql("SELECT count(*) FROM telegram_outbox WHERE " + condition).query(Long.class).single();
    }

    private ConfigurableApplicationContext startApplication(String database, String... extra) {
        List<String> args = new ArrayList<>(List.of("--mentorbot.telegram.poll-timeout=1s",
                "--mentorbot.outbox.poll-interval=500ms"));
        args.addAll(List.of(extra));
        return AppInstance.start(telegram, database, args.toArray(String[]::new));
    }
}
