package io.mentorbot.sandbox.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator as the real TelegramBots client sees it: messages, buttons, files, commands. */
class BotApiEmulatorTest {

    private static final String TOKEN = "123456:test-token";
    private static BotApiEmulator emulator;
    private static OkHttpTelegramClient bot;

    private SimulatedUser anna;

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
    void freshChat() {
        emulator.reset();
        anna = emulator.user(1001, "Anna", "ru");
    }

    @Test
    void getMeDescribesTheSandboxBot() throws Exception {
        User me = bot.execute(new GetMe());

        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("mentorbot_sandbox_bot").isEqualTo(emulator.botUsername());
        assertThat(me.getId()).isEqualTo(123456L);
        assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
    }

    @Test
    void aSecondEmulatorOnATakenPortFailsToStartAndTheFirstKeepsServing() throws Exception {
        assertThatThrownBy(() -> BotApiEmulator.start(TOKEN, emulator.port()))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + emulator.port());

        assertThat(bot.execute(new GetMe()).getUserName()).isEqualTo(emulator.botUsername());
    }

    @Test
    void aUserCommandArrivesAsAMessageWithABotCommandEntity() throws Exception {
        long updateId = anna.sendText("/start promo");

        List<Update> updates = bot.execute(GetUpdates.builder().timeout(0).build());

        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.getUpdateId()).isEqualTo((int) updateId);
            Message message = update.getMessage();
            assertThat(message.isCommand()).isTrue();
            assertThat(message.getText()).isEqualTo("/start promo");
            assertThat(message.getFrom().getFirstName()).isEqualTo("Anna");
            assertThat(message.getFrom().getLanguageCode()).isEqualTo("ru");
            assertThat(message.getChatId()).isEqualTo(1001L);
            assertThat(message.getDate()).isPositive();
        });
        assertThat(anna.chat().userMessages()).extracting(UserMessage::text).containsExactly("/start promo");
    }

    @Test
    void sentMessageWithInlineKeyboardIsShownInTheChatAndReturnedAsAMessage() throws Exception {
        Message sent = bot.execute(SendMessage.builder().chatId(1001L).text("Pick a <b>slot</b>").parseMode("HTML")
                .replyMarkup(keyboard("Mon 10:00", "slot:1", "Tue 12:00", "slot:2")).build());

        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getChatId()).isEqualTo(1001L);
        assertThat(sent.getChat().isUserChat()).isTrue();
        assertThat(sent.getDate()).isPositive();
        assertThat(sent.getText()).isEqualTo("Pick a slot");
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(1).getCallbackData()).isEqualTo("slot:2");

        BotMessage shown = emulator.chat(1001).last();
        assertThat(shown.messageId()).isEqualTo(sent.getMessageId().longValue());
        assertThat(shown.text()).isEqualTo("Pick a <b>slot</b>");
        assertThat(shown.plainText()).isEqualTo("Pick a slot");
        assertThat(shown.parseMode()).isEqualTo("HTML");
        assertThat(shown.buttonTexts()).containsExactly("Mon 10:00", "Tue 12:00");
        assertThat(shown.hasButton("Tue 12:00")).isTrue();
    }

    @Test
    void pressingAButtonDeliversACallbackQueryThatTheBotCanAnswerOnce() throws Exception {
        Message sent = bot.execute(SendMessage.builder().chatId(1001L).text("Confirm?")
                .replyMarkup(keyboard("Yes", "confirm:yes", "No", "confirm:no")).build());

        long updateId = anna.press("Yes");

        Update update = bot.execute(GetUpdates.builder().timeout(0).build()).get(0);
        assertThat(update.getUpdateId()).isEqualTo((int) updateId);
        assertThat(update.getCallbackQuery().getData()).isEqualTo("confirm:yes");
        assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(1001L);
        assertThat(update.getCallbackQuery().getMessage()).isInstanceOf(Message.class);
        Message pressedOn = (Message) update.getCallbackQuery().getMessage();
        assertThat(pressedOn.getMessageId()).isEqualTo(sent.getMessageId());
        assertThat(pressedOn.getReplyMarkup().getKeyboard()).hasSize(1);

        String queryId = update.getCallbackQuery().getId();
        assertThat(bot.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Booked").build()))
                .isTrue();
        assertThat(anna.chat().answerFor(updateId)).contains(new CallbackAnswer(queryId, "Booked", false));
        assertThatThrownBy(() -> bot.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()))
                .hasMessageContaining("query is too old and response timeout expired or query ID is invalid");
    }

    @Test
    void pressingAMissingButtonListsTheVisibleOnes() throws Exception {
        bot.execute(SendMessage.builder().chatId(1001L).text("Menu").replyMarkup(keyboard("Book", "b", "Help", "h"))
                .build());

        assertThatThrownBy(() -> anna.press("Cancel"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cancel").hasMessageContaining("[Book, Help]");
    }

    @Test
    void editingReplacesTheContentAndAnEditWithoutMarkupRemovesTheKeyboard() throws Exception {
        Message sent = bot.execute(SendMessage.builder().chatId(1001L).text("Step 1")
                .replyMarkup(keyboard("Next", "next", "Back", "back")).build());

        Message edited = (Message) bot.execute(EditMessageText.builder().chatId(1001L).messageId(sent.getMessageId())
                .text("Step 2").replyMarkup(keyboard("Done", "done", "Back", "back")).build());
        assertThat(edited.getText()).isEqualTo("Step 2");
        assertThat(edited.getEditDate()).isPositive();
        assertThat(emulator.chat(1001).last().buttonTexts()).containsExactly("Done", "Back");
        assertThat(emulator.chat(1001).last().edits()).isEqualTo(1);

        bot.execute(EditMessageText.builder().chatId(1001L).messageId(sent.getMessageId()).text("Finished").build());
        BotMessage now = emulator.chat(1001).last();
        assertThat(now.text()).isEqualTo("Finished");
        assertThat(now.inlineKeyboard()).isEmpty();
        assertThat(emulator.chat(1001).messages()).hasSize(1);
    }

    @Test
    void listenersSeeMessagesSentEditedAndDeletedAndTheLogKeepsDeletedOnesApart() throws Exception {
        List<ChatEvent> events = new CopyOnWriteArrayList<>();
        Consumer<ChatEvent> listener = events::add;
        emulator.addListener(listener);
        try {
            Message first = bot.execute(SendMessage.builder().chatId(1001L).text("one").build());
            bot.execute(SendMessage.builder().chatId(1001L).text("two").build());
            bot.execute(EditMessageText.builder().chatId(1001L).messageId(first.getMessageId()).text("uno").build());
            assertThat(bot.execute(new DeleteMessage("1001", first.getMessageId()))).isTrue();
        } finally {
            emulator.removeListener(listener);
        }

        assertThat(events).extracting(ChatEvent::kind).containsExactly("sent", "sent", "edited", "deleted");
        assertThat(events.get(3).message().text()).isEqualTo("uno");
        assertThat(emulator.chat(1001).messages()).extracting(BotMessage::text).containsExactly("two");
        assertThat(emulator.chat(1001).allMessages()).extracting(BotMessage::deleted).containsExactly(true, false);
    }

    @Test
    void callListenersSeeEveryServedCallWithItsResultButNotRefusedOnes() throws Exception {
        List<ServedCall> served = new CopyOnWriteArrayList<>();
        Consumer<ServedCall> listener = served::add;
        emulator.addCallListener(listener);
        try {
            long update = anna.sendText("hello");
            bot.execute(GetUpdates.builder().timeout(0).build());
            bot.execute(SendMessage.builder().chatId(1001L).text("hi").build());
            assertThatThrownBy(() -> bot.execute(SendMessage.builder().chatId(424242L).text("nobody").build()))
                    .hasMessageContaining("chat not found");
            assertThat(served).extracting(ServedCall::method).containsExactly("getupdates", "sendmessage");
            assertThat((List<?>) served.get(0).result()).singleElement()
                    .satisfies(u -> assertThat(((Map<?, ?>) u).get("update_id")).isEqualTo(update));
            assertThat(String.valueOf(served.get(1).params().get("chat_id"))).isEqualTo("1001");
        } finally {
            emulator.removeCallListener(listener);
        }
    }

    @Test
    void replyKeyboardStaysUnderTheInputFieldUntilRemoved() throws Exception {
        KeyboardRow row = new KeyboardRow(new KeyboardButton("Share phone"), new KeyboardButton("Skip"));
        bot.execute(SendMessage.builder().chatId(1001L).text("Phone?")
                .replyMarkup(ReplyKeyboardMarkup.builder().keyboardRow(row).build()).build());
        assertThat(anna.chat().replyKeyboard()).containsExactly(List.of("Share phone", "Skip"));
        assertThat(anna.chat().last().replyKeyboard()).containsExactly(List.of("Share phone", "Skip"));

        bot.execute(SendMessage.builder().chatId(1001L).text("Thanks")
                .replyMarkup(ReplyKeyboardRemove.builder().removeKeyboard(true).build()).build());
        assertThat(anna.chat().replyKeyboard()).isEmpty();
    }

    @Test
    void uploadedPhotoAndDocumentKeepTheirBytesAndAreDownloadableViaGetFile() throws Exception {
        byte[] photoBytes = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        Message photo = bot.execute(SendPhoto.builder().chatId(1001L).caption("Your certificate")
                .photo(new InputFile(new ByteArrayInputStream(photoBytes), "cert.jpg"))
                .replyMarkup(keyboard("Download", "dl", "Share", "share")).build());
        assertThat(photo.getCaption()).isEqualTo("Your certificate");
        String photoId = photo.getPhoto().get(0).getFileId();
        assertThat(download(bot.execute(new GetFile(photoId)))).isEqualTo(photoBytes);
        BotMessage shownPhoto = anna.chat().last();
        assertThat(shownPhoto.photo().bytes()).isEqualTo(photoBytes);
        assertThat(shownPhoto.text()).isEqualTo("Your certificate");
        assertThat(shownPhoto.buttonTexts()).containsExactly("Download", "Share");

        byte[] pdf = "%PDF-1.4 invoice".getBytes();
        Message document = bot.execute(SendDocument.builder().chatId(1001L)
                .document(new InputFile(new ByteArrayInputStream(pdf), "invoice.pdf")).build());
        assertThat(document.getDocument().getFileName()).isEqualTo("invoice.pdf");
        assertThat(document.getDocument().getMimeType()).isEqualTo("application/pdf");
        FileRef shownDocument = anna.chat().last().document();
        assertThat(shownDocument.bytes()).isEqualTo(pdf);
        assertThat(download(bot.execute(new GetFile(document.getDocument().getFileId())))).isEqualTo(pdf);

        Message again = bot.execute(SendPhoto.builder().chatId(1001L).photo(new InputFile(photoId)).build());
        assertThat(again.getPhoto().get(0).getFileId()).isEqualTo(photoId);
    }

    @Test
    void editMessageMediaGivesATextMessageAPhotoAndSwitchesAPhotoForAnother() throws Exception {
        byte[] first = {(byte) 0xFF, (byte) 0xD8, 1};
        byte[] second = {(byte) 0xFF, (byte) 0xD8, 2};
        String secondId = bot.execute(SendPhoto.builder().chatId(1001L)
                .photo(new InputFile(new ByteArrayInputStream(second), "b.jpg")).build()).getPhoto().get(0).getFileId();
        Message screen = bot.execute(SendMessage.builder().chatId(1001L).text("Mentors")
                .replyMarkup(keyboard("Iryna", "om:1", "Oleh", "om:2")).build());

        Message card = (Message) bot.execute(EditMessageMedia.builder().chatId(1001L).messageId(screen.getMessageId())
                .media(new InputMediaPhoto(new ByteArrayInputStream(first), "a.jpg")).build());
        assertThat(card.hasPhoto()).isTrue();
        assertThat(anna.chat().message(screen.getMessageId()).orElseThrow().photo().bytes()).isEqualTo(first);
        assertThat(anna.chat().message(screen.getMessageId()).orElseThrow().inlineKeyboard()).isEmpty();

        InputMediaPhoto other = new InputMediaPhoto(secondId);
        other.setCaption("Oleh's card");
        bot.execute(EditMessageMedia.builder().chatId(1001L).messageId(screen.getMessageId()).media(other)
                .replyMarkup(keyboard("Choose a time", "mm:2", "Back", "ml")).build());
        BotMessage shown = anna.chat().message(screen.getMessageId()).orElseThrow();
        assertThat(shown.photo().bytes()).isEqualTo(second);
        assertThat(shown.text()).isEqualTo("Oleh's card");
        assertThat(shown.buttonTexts()).containsExactly("Choose a time", "Back");

        assertThatThrownBy(() -> bot.execute(EditMessageMedia.builder().chatId(1001L).messageId(screen.getMessageId())
                .media(new InputMediaPhoto("no-such-file")).build()))
                .hasMessageContaining("wrong file identifier/HTTP URL specified");
    }

    @Test
    void photosAndDocumentsFromUsersCanBeFetchedByTheBot() throws Exception {
        byte[] image = {9, 8, 7, 6};
        anna.sendPhoto(image, "my receipt");
        anna.sendDocument("a,b".getBytes(), "table.csv", "text/csv");

        List<Update> updates = bot.execute(GetUpdates.builder().timeout(0).build());

        Message photoMessage = updates.get(0).getMessage();
        assertThat(photoMessage.getCaption()).isEqualTo("my receipt");
        assertThat(download(bot.execute(new GetFile(photoMessage.getPhoto().get(0).getFileId())))).isEqualTo(image);
        Message documentMessage = updates.get(1).getMessage();
        assertThat(documentMessage.getDocument().getFileName()).isEqualTo("table.csv");
        assertThat(documentMessage.getDocument().getMimeType()).isEqualTo("text/csv");
        assertThat(documentMessage.getMessageId()).isGreaterThan(photoMessage.getMessageId());
    }

    @Test
    void commandsAreKeptPerScopeAndLanguage() throws Exception {
        bot.execute(SetMyCommands.builder().scope(new BotCommandScopeDefault())
                .command(new BotCommand("start", "Start")).command(new BotCommand("book", "Book a session"))
                .build());
        bot.execute(SetMyCommands.builder().scope(BotCommandScopeChat.builder().chatId(1001L).build())
                .languageCode("ru").command(new BotCommand("start", "Начать")).build());

        assertThat(emulator.commands()).containsOnlyKeys("{\"type\":\"default\"}|",
                BotApiEmulator.commandScopeKey(Map.of("type", "chat", "chat_id", 1001), "ru"));
        List<BotCommand> russian = bot.execute(GetMyCommands.builder()
                .scope(BotCommandScopeChat.builder().chatId(1001L).build()).languageCode("ru").build());
        assertThat(russian).extracting(BotCommand::getDescription).containsExactly("Начать");
        assertThat(bot.execute(GetMyCommands.builder().build())).extracting(BotCommand::getCommand)
                .containsExactly("start", "book");

        bot.execute(DeleteMyCommands.builder().build());
        assertThat(bot.execute(GetMyCommands.builder().build())).isEmpty();
    }

    @Test
    void deleteWebhookSucceedsAndEveryCallIsRecordedUnderItsLowerCaseName() throws Exception {
        assertThat(bot.execute(DeleteWebhook.builder().dropPendingUpdates(false).build())).isTrue();
        bot.execute(SendMessage.builder().chatId(1001L).text("hi").build());

        assertThat(emulator.calls()).extracting(RecordedCall::method).containsExactly("deletewebhook", "sendmessage");
        assertThat(emulator.calls().get(1).params()).containsEntry("chat_id", "1001").containsEntry("text", "hi");
    }

    @Test
    void concurrentSendsAndUserMessagesGetDistinctMessageIdsInOneChat() throws Exception {
        List<CompletableFuture<Message>> sends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sends.add(bot.executeAsync(SendMessage.builder().chatId(1001L).text("n" + i).build()));
        }
        IntStream.range(0, 10).parallel().forEach(i -> anna.sendText("u" + i));

        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        List<Long> botIds = anna.chat().messages().stream().map(BotMessage::messageId).toList();
        List<Long> userIds = anna.chat().userMessages().stream().map(UserMessage::messageId).toList();
        assertThat(botIds).hasSize(40).doesNotHaveDuplicates().doesNotContainAnyElementsOf(userIds);
        assertThat(userIds).hasSize(10).doesNotHaveDuplicates();
        assertThat(bot.execute(GetUpdates.builder().timeout(0).build())).hasSize(10);
    }

    static InlineKeyboardMarkup keyboard(String text1, String data1, String text2, String data2) {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(text1).callbackData(data1).build(),
                InlineKeyboardButton.builder().text(text2).callbackData(data2).build())).build();
    }

    private static byte[] download(File file) throws Exception {
        // TelegramBots builds download URLs for api.telegram.org, so fetch from the emulator directly.
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/file/bot" + TOKEN + "/" + file.getFilePath())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
