package io.mentorbot.sandbox.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.mentorbot.sandbox.emulator.BotApiEmulatorTest.keyboard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Telegram's own error answers, and injected faults. */
class BotApiEmulatorErrorsTest {

    private static final String TOKEN = "4242:errors-token";
    private static BotApiEmulator emulator;
    private static OkHttpTelegramClient bot;

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
        emulator.user(3003, "Carla", "it");
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        OkHttpTelegramClient stranger = new OkHttpTelegramClient("4242:wrong",
                new TelegramUrl("http", "127.0.0.1", emulator.port(), false));

        assertApiError(() -> stranger.execute(new GetMe()), 401, "Unauthorized");
    }

    @Test
    void anUnknownMethodIsNotFound() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator.baseUrl() + "/bot" + TOKEN + "/sendTelepathy"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }

    @Test
    void sendingToAnUnknownChatFails() {
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(999L).text("hi").build()),
                400, "Bad Request: chat not found");
    }

    @Test
    void textsMustBeNonEmptyAndAtMost4096Characters() throws Exception {
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("   ").build()),
                400, "Bad Request: message text is empty");
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("x".repeat(4097)).build()),
                400, "Bad Request: message is too long");
        assertThat(bot.execute(SendMessage.builder().chatId(3003L).text("x".repeat(4096)).build())).isNotNull();
    }

    @Test
    void malformedHtmlIsRejectedLikeTelegramDoes() {
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("a<br>b").parseMode("HTML")
                .build()), 400, "Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 1");
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("5 < 6").parseMode("HTML")
                .build()), 400, "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2");
        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("<b>bold").parseMode("HTML")
                .build()), 400,
                "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
    }

    @Test
    void callbackDataOver64BytesIsInvalid() {
        InlineKeyboardMarkup tooLong = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text("Book").callbackData("b".repeat(65)).build())).build();

        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("Slots").replyMarkup(tooLong)
                .build()), 400, "Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void editsOfUnknownOrUnchangedMessagesFailWithTelegramsWording() throws Exception {
        assertApiError(() -> bot.execute(EditMessageText.builder().chatId(3003L).messageId(4711).text("x").build()),
                400, "Bad Request: message to edit not found");

        Message sent = bot.execute(SendMessage.builder().chatId(3003L).text("Same")
                .replyMarkup(keyboard("A", "a", "B", "b")).build());
        assertApiError(() -> bot.execute(EditMessageText.builder().chatId(3003L).messageId(sent.getMessageId())
                        .text("Same").replyMarkup(keyboard("A", "a", "B", "b")).build()), 400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly "
                        + "the same as a current content and reply markup of the message");
        assertThat(bot.execute(EditMessageReplyMarkup.builder().chatId(3003L).messageId(sent.getMessageId())
                .replyMarkup(keyboard("A", "a", "C", "c")).build())).isNotNull();
        assertThat(emulator.chat(3003).last().buttonTexts()).containsExactly("A", "C");
        assertApiError(() -> bot.execute(new DeleteMessage("3003", 4711)), 400,
                "Bad Request: message to delete not found");
    }

    @Test
    void anInjected429CarriesRetryAfterAndOnlyHitsTheNextCalls() throws Exception {
        emulator.faults().failNext("sendMessage", 1, 429, null, 7);

        assertThatThrownBy(() -> bot.execute(SendMessage.builder().chatId(3003L).text("hi").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);
                });
        assertThat(bot.execute(SendMessage.builder().chatId(3003L).text("hi").build()).getText()).isEqualTo("hi");
        assertThat(emulator.chat(3003).messages()).hasSize(1);
    }

    @Test
    void anInjectedDelaySlowsTheMethodDownUntilCleared() throws Exception {
        emulator.faults().delay("getme", Duration.ofMillis(400));
        long start = System.nanoTime();
        bot.execute(new GetMe());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));

        emulator.faults().clear();
        start = System.nanoTime();
        bot.execute(new GetMe());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void enforcedLimitsRefuseTheMessageBeyondAChatsBurstButNotEditsOrOtherChats() throws Exception {
        emulator.user(3004, "Dario", "it");
        emulator.faults().enforceRateLimits(30, 1, 2);
        Message first = bot.execute(SendMessage.builder().chatId(3003L).text("1").build());
        bot.execute(SendMessage.builder().chatId(3003L).text("2").build());

        assertApiError(() -> bot.execute(SendMessage.builder().chatId(3003L).text("3").build()),
                429, "Too Many Requests: retry after 1");
        bot.execute(SendMessage.builder().chatId(3004L).text("1").build());
        bot.execute(EditMessageText.builder().chatId(3003L).messageId(first.getMessageId()).text("1!").build());
        assertThat(emulator.faults().rateLimited()).isOne();
        emulator.faults().clear();
        bot.execute(SendMessage.builder().chatId(3003L).text("3").build());
        assertThat(emulator.chat(3003).messages()).hasSize(3);
    }

    private static void assertApiError(ThrowingCallable call, int code, String description) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(code);
            assertThat(e.getApiResponse()).isEqualTo(description);
        });
    }
}
