package io.mentorbot.sandbox.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** getUpdates as a polling bot uses it: long polling, offsets, redelivery, my_chat_member, conflicts. */
class BotApiEmulatorUpdatesTest {

    private static final String TOKEN = "777:updates-token";
    private static BotApiEmulator emulator;
    private static OkHttpTelegramClient bot;

    private SimulatedUser boris;

    @BeforeAll
    static void startEmulator() {
        emulator = BotApiEmulator.start(TOKEN);
        bot = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", emulator.port(), false));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshState() {
        emulator.reset();
        boris = emulator.user(2002, "Boris", "Petrov", "boris_p", "en");
    }

    @Test
    void longPollingReturnsAsSoonAsAUserSendsAMessage() throws Exception {
        CompletableFuture<ArrayList<Update>> poll = bot.executeAsync(GetUpdates.builder().timeout(8).build());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !poll.isDone());

        long start = System.nanoTime();
        boris.sendText("hello");

        List<Update> updates = poll.get(3, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.getMessage().getText()).isEqualTo("hello");
            assertThat(u.getMessage().getFrom().getUserName()).isEqualTo("boris_p");
            assertThat(u.getMessage().getChat().getLastName()).isEqualTo("Petrov");
        });
    }

    @Test
    void longPollingWithNothingToDeliverReturnsAnEmptyListWhenTheTimeoutPasses() throws Exception {
        long start = System.nanoTime();

        List<Update> updates = bot.execute(GetUpdates.builder().timeout(1).build());

        assertThat(updates).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                Duration.ofSeconds(3));
    }

    @Test
    void offsetConfirmsEarlierUpdatesAndLimitCapsTheBatch() throws Exception {
        long first = boris.sendText("one");
        long second = boris.sendText("two");
        long third = boris.sendText("three");

        assertThat(ids(GetUpdates.builder().timeout(0).build())).containsExactly(first, second, third);
        assertThat(ids(GetUpdates.builder().timeout(0).build())).as("unconfirmed updates come again")
                .containsExactly(first, second, third);
        assertThat(ids(GetUpdates.builder().timeout(0).limit(1).build())).containsExactly(first);
        assertThat(ids(GetUpdates.builder().timeout(0).offset((int) second).build())).containsExactly(second, third);
        assertThat(ids(GetUpdates.builder().timeout(0).offset((int) third + 1).build())).isEmpty();
        assertThat(ids(GetUpdates.builder().timeout(0).build())).as("confirmed updates are gone").isEmpty();
    }

    @Test
    void redeliverQueuesTheSameUpdateAgainEvenAfterItWasConfirmed() throws Exception {
        long id = boris.sendText("/book");
        assertThat(ids(GetUpdates.builder().timeout(0).build())).containsExactly(id);
        assertThat(ids(GetUpdates.builder().timeout(0).offset((int) id + 1).build())).isEmpty();

        emulator.redeliver(id);

        List<Update> again = bot.execute(GetUpdates.builder().timeout(0).offset((int) id + 1).build());
        assertThat(again).singleElement().satisfies(u -> {
            assertThat(u.getUpdateId()).isEqualTo((int) id);
            assertThat(u.getMessage().getText()).isEqualTo("/book");
        });
        assertThat(ids(GetUpdates.builder().timeout(0).offset((int) id + 1).build())).isEmpty();
    }

    @Test
    void updateIdsKeepGrowingAcrossResetSoARunningBotsOffsetStaysValid() throws Exception {
        long before = boris.sendText("before");
        bot.execute(GetUpdates.builder().timeout(0).offset((int) before + 1).build());

        emulator.reset();
        long after = emulator.user(2002, "Boris", "en").sendText("after");

        assertThat(after).isGreaterThan(before);
        assertThat(ids(GetUpdates.builder().timeout(0).offset((int) before + 1).build())).containsExactly(after);
    }

    @Test
    void rawUpdatesCanBeEnqueued() throws Exception {
        long id = emulator.enqueueUpdate(Map.of("message", Map.of("message_id", 77, "date", 1_700_000_000,
                "chat", Map.of("id", 2002, "type", "private", "first_name", "Boris"), "text", "raw")));

        Update update = bot.execute(GetUpdates.builder().timeout(0).build()).get(0);

        assertThat(update.getUpdateId()).isEqualTo((int) id);
        assertThat(update.getMessage().getText()).isEqualTo("raw");
    }

    @Test
    void blockingTheBotMakesSendsFailWith403AndTellsTheBotViaMyChatMember() throws Exception {
        boris.block();

        assertThatThrownBy(() -> bot.execute(SendMessage.builder().chatId(2002L).text("reminder").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
                });
        Update update = bot.execute(GetUpdates.builder().timeout(0).build()).get(0);
        assertThat(update.getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
        assertThat(update.getMyChatMember().getFrom().getId()).isEqualTo(2002L);

        boris.unblock();
        assertThat(bot.execute(SendMessage.builder().chatId(2002L).text("welcome back").build()).getText())
                .isEqualTo("welcome back");
    }

    @Test
    void aSecondPollerTerminatesTheFirstWithAConflict() throws Exception {
        CompletableFuture<ArrayList<Update>> first = bot.executeAsync(GetUpdates.builder().timeout(8).build());
        await().atMost(Duration.ofSeconds(2)).until(() -> emulator.calls().size() == 1);

        CompletableFuture<ArrayList<Update>> second = bot.executeAsync(GetUpdates.builder().timeout(1).build());

        assertThat(first).failsWithin(Duration.ofSeconds(3)).withThrowableThat()
                .havingRootCause().isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(409));
        assertThat(second.get(3, TimeUnit.SECONDS)).isEmpty();
    }

    private static List<Long> ids(GetUpdates request) throws Exception {
        return bot.execute(request).stream().map(u -> (long) u.getUpdateId()).toList();
    }
}
