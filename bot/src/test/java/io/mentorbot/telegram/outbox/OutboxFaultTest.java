package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices through the outbox while the Bot API misbehaves (faults injected in the emulator): everything still
 * arrives, once, in order per chat; and a user's reply never waits behind the queue.
 */
class OutboxFaultTest extends BotFlowTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired
    private Outbox outbox;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aStormOfTooManyRequestsDelaysNoticesButLosesAndRepeatsNone() {
        List<Long> chats = chats(4_000, 5);
        telegram.faults().failNext("sendMessage", 40, 429, null, 1);

        post(chats, 4);

        Deliveries result = awaitDeliveries(chats, 4);
        report("429 storm (40 answers of retry after 1 s)", result);
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).isZero();
        assertThat(result.inOrder()).isTrue();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("sendmessage")).count())
                .isEqualTo(20 + 40);
    }

    @Test
    void burstsOfServerErrorsAreRetriedWithBackoff() {
        List<Long> chats = chats(4_100, 5);
        telegram.faults().failNext("sendMessage", 12, 502, null, null);

        post(chats, 3);

        Deliveries result = awaitDeliveries(chats, 3);
        report("502 burst (12 answers)", result);
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).isZero();
        assertThat(result.inOrder()).isTrue();
        assertThat(count("SELECT count(*) FROM telegram_outbox WHERE attempts > 1")).isPositive();
    }

    @Test
    void slowAnswersAreWaitedForOnSeveralThreadsAtOnce() {
        List<Long> chats = chats(4_200, 24);
        telegram.faults().delay("sendMessage", Duration.ofMillis(400));
        long start = System.nanoTime();

        post(chats, 1);

        Deliveries result = awaitDeliveries(chats, 1);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("slow answers (400 ms each, 24 notices) in %.1f s".formatted(seconds), result);
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).isZero();
        assertThat(seconds).isLessThan(24 * 0.4 / 2); // one at a time would take 9.6 s
    }

    @Test
    void aReplyOvertakesAQueueOfBulkNotices() {
        List<Long> chats = chats(5_000, 300); // 300 notices: ten seconds at 30 a second
        SimulatedUser john = user(4_999, "John", "en");
        double idleMillis = replyMillis(user(4_998, "Jane", "en"));
        post(chats, 1);
        await().atMost(DELIVERY).until(() -> sentNotices() >= 20);

        double replyMillis = replyMillis(john);

        long stillQueued = 300 - sentNotices();
        System.out.printf("priority: reply after %.0f ms with %d bulk notices still queued (%.0f ms with none)%n",
                replyMillis, stillQueued, idleMillis);
        assertThat(stillQueued).isGreaterThan(100);
        assertThat(replyMillis).isLessThan(1_000);
        Deliveries result = awaitDeliveries(chats, 1);
        report("priority (300 queued notices, one reply)", result);
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).isZero();
    }

    private double replyMillis(SimulatedUser someone) {
        int before = someone.chat().messages().size();
        long start = System.nanoTime();
        someone.sendText("/start");
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(5)).until(() -> someone.chat().messages().size() > before);
        return (System.nanoTime() - start) / 1e6;
    }

    private long sentNotices() {
        return count("SELECT count(*) FROM telegram_outbox WHERE sent_at IS NOT NULL");
    }

    private List<Long> chats(long firstId, int n) {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chats.add(user(firstId + i, "Reader" + i, "en").id());
        }
        return chats;
    }

    /** Queues {@code perChat} numbered notices for each chat in one transaction, chats interleaved. */
    private void post(List<Long> chats, int perChat) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 0; i < perChat; i++) {
                for (long chat : chats) {
                    outbox.post(SendMessage.builder().chatId(chat).text(Deliveries.text(chat, i)).build());
                }
            }
        });
    }

    private Deliveries awaitDeliveries(List<Long> chats, int perChat) {
        await().atMost(DELIVERY).until(() -> Deliveries.in(telegram, chats, perChat).complete());
        awaitOutboxDelivered();
        return Deliveries.in(telegram, chats, perChat);
    }

    private static void report(String scenario, Deliveries result) {
        System.out.println("outbox fault: " + scenario + ": " + result.figures());
    }
}
