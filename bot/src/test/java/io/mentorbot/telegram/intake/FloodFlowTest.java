package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.ServedCall;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A handful of accounts cannot stall the bot for everyone: one account sending thousands of updates is turned away
 * beyond its budget and told to slow down once, and well-behaved users notice nothing. The bot runs with the
 * production budget (5 updates a second, bursts of 20, 50 queued per chat), on a database and emulator of its own:
 * the shared flow tests act far faster than people and lift the budget.
 */
class FloodFlowTest {

    private static final String HELP = "Here is what I can do.";
    private static final String SLOW_DOWN = "You are sending messages faster than I can answer them";
    private static final BotApiEmulator telegram = BotApiEmulator.start("781:flood-token");
    private static ConfigurableApplicationContext bot;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTheBot() {
        bot = AppInstance.start(telegram, TestDatabase.jdbcUrl("flood"), "--mentorbot.telegram.poll-timeout=1s",
                "--mentorbot.outbox.per-chat-per-second=50", "--mentorbot.outbox.per-chat-burst=10");
        jdbc = bot.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopTheBot() {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
    }

    @Test
    void oneAccountQueuingTwoThousandUpdatesAndFourBusyOnesDoNotDelayAnotherUsersStart() throws Exception {
        List<SimulatedUser> busy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            busy.add(telegram.user(6100 + i, "Busy" + i, "en"));
        }
        SimulatedUser flooder = telegram.user(6200, "Flood", "en");
        SimulatedUser newcomer = telegram.user(6300, "Nina", "en");
        List<SimulatedUser> known = new ArrayList<>(busy);
        known.add(flooder);
        known.forEach(user -> user.sendText("/start"));
        await().atMost(Duration.ofSeconds(15)).until(() -> known.stream().noneMatch(u -> u.chat().messages().isEmpty())
                && count("SELECT count(*) FROM telegram_updates u WHERE NOT (" + BotFlowTest.ANSWERED + ")") == 0);
        AtomicLong repliedAt = new AtomicLong();
        Consumer<ServedCall> firstReply = call -> {
            if ("sendmessage".equals(call.method())
                    && String.valueOf(call.params().get("chat_id")).equals(Long.toString(newcomer.id()))) {
                repliedAt.compareAndSet(0, System.nanoTime());
            }
        };
        telegram.addCallListener(firstReply);
        ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
        try {
            // Four accounts each send /help three times a second for three seconds: within their budget.
            CountDownLatch sent = new CountDownLatch(4 * 9);
            for (SimulatedUser user : busy) {
                senders.scheduleAtFixedRate(() -> {
                    if (sent.getCount() > 0) {
                        user.sendText("/help");
                        sent.countDown();
                    }
                }, 0, 333, TimeUnit.MILLISECONDS);
            }
            for (int i = 0; i < 2_000; i++) {
                flooder.sendText("spam " + i);
            }

            long startSentAt = System.nanoTime();
            newcomer.sendText("/start");

            await().atMost(Duration.ofSeconds(10)).until(() -> repliedAt.get() != 0);
            assertThat(Duration.ofNanos(repliedAt.get() - startSentAt)).isLessThan(Duration.ofSeconds(1));
            assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            senders.shutdownNow();
            telegram.removeCallListener(firstReply);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM telegram_updates u WHERE NOT (" + BotFlowTest.ANSWERED + ")") == 0 && busy.stream()
                .allMatch(user -> helpAnswers(user) == 9));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL AND dropped_at IS NULL") == 0);
        List<BotMessage> toFlooder = flooder.chat().messages();
        long answered = toFlooder.stream().filter(m -> m.text().startsWith("I understand commands")).count();
        assertThat(toFlooder).filteredOn(m -> m.text().startsWith(SLOW_DOWN)).hasSize(1);
        assertThat(answered).isBetween(19L, 100L); // the burst (less the /start), and the rate while it was read
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE chat_id = ? AND attempts = 0", flooder.id()))
                .isEqualTo(2_000 - answered); // turned away: recorded as handled, never handled
    }

    private static long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static long helpAnswers(SimulatedUser user) {
        return user.chat().messages().stream().filter(m -> m.text().startsWith(HELP)).count();
    }
}
