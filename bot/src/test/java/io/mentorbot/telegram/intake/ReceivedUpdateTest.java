package io.mentorbot.telegram.intake;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivedUpdateTest {

    private static final String MESSAGE = """
            {"update_id":7,"message":{"message_id":1,"date":1764000000,"text":"/start",\
            "from":{"id":501,"is_bot":false,"first_name":"Olena"},"chat":{"id":-100500,"type":"group"}}}""";
    private static final String PRESS = """
            {"callback_query":{"id":"q1","data":"day:3","chat_instance":"ci",\
            "message":{"message_id":9,"date":1764000000,"text":"Pick a day","chat":{"id":502,"type":"private"},\
            "reply_markup":{"inline_keyboard":[[{"text":"1","callback_data":"day:1"},{"text":"3","callback_data":"day:3"}]]}},\
            "from":{"id":502,"is_bot":false,"first_name":"Taras"}},"update_id":8}""";
    private static final String INLINE_PRESS = """
            {"update_id":9,"callback_query":{"id":"q2","data":"x","chat_instance":"ci","inline_message_id":"im",\
            "from":{"id":503,"is_bot":false,"first_name":"Iryna"}}}""";
    private static final String EDIT = """
            {"update_id":10,"edited_message":{"message_id":2,"date":1764000000,"edit_date":1764000100,"text":"hi",\
            "chat":{"id":504,"type":"private"}}}""";
    private static final String OTHER = """
            {"update_id":11,"my_chat_member":{"chat":{"id":505,"type":"private"}}}""";

    @Test
    void aPolledBatchKeepsEachUpdateAsSentWithItsIdAndChatInOrder() throws Exception {
        String answer = "{\"ok\":true,\"result\":[" + MESSAGE + ",\n " + PRESS + "," + INLINE_PRESS + "," + EDIT + ","
                + OTHER + "]}";

        List<ReceivedUpdate> batch = new PolledUpdates(GetUpdates.builder().build()).deserializeResponse(answer);

        assertThat(batch).containsExactly(
                new ReceivedUpdate(7, -100500, MESSAGE),
                new ReceivedUpdate(8, 502, PRESS),
                new ReceivedUpdate(9, 503, INLINE_PRESS),
                new ReceivedUpdate(10, 504, EDIT),
                new ReceivedUpdate(11, 0, OTHER));
    }

    @Test
    void anEmptyBatchIsNoUpdates() throws Exception {
        assertThat(new PolledUpdates(GetUpdates.builder().build()).deserializeResponse("{\"result\":[],\"ok\":true}"))
                .isEmpty();
    }

    @Test
    void aRefusalIsReportedWithItsCodeAndRetryAfter() {
        String refusal = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
                + "\"parameters\":{\"retry_after\":3}}";

        assertThatThrownBy(() -> new PolledUpdates(GetUpdates.builder().build()).deserializeResponse(refusal))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
                });
    }

    @Test
    void aWebhookBodyIsOneUpdateObjectWithAnId() {
        assertThat(ReceivedUpdate.parse(PRESS)).contains(new ReceivedUpdate(8, 502, PRESS));
        assertThat(ReceivedUpdate.parse("{\"message\":{\"chat\":{\"id\":1}}}")).isEmpty();
        assertThat(ReceivedUpdate.parse("{\"update_id\":\"7\"}")).isEmpty();
        assertThat(ReceivedUpdate.parse("[" + MESSAGE + "]")).isEmpty();
        assertThat(ReceivedUpdate.parse(MESSAGE + " {}")).isEmpty();
        assertThat(ReceivedUpdate.parse("{\"update_id\":7,")).isEmpty();
        assertThat(ReceivedUpdate.parse("")).isEmpty();
    }

    @Test
    void aPressIsReadWithoutItsMessagesKeyboard() {
        Update update = UpdateReader.read(PRESS);

        assertThat(update.getUpdateId()).isEqualTo(8);
        assertThat(update.getCallbackQuery().getData()).isEqualTo("day:3");
        assertThat(update.getCallbackQuery().getMessage().getChatId()).isEqualTo(502L);
        assertThat(update.getCallbackQuery().getMessage().getMessageId()).isEqualTo(9);
        assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(502L);
        assertThat(((org.telegram.telegrambots.meta.api.objects.message.Message) update.getCallbackQuery().getMessage())
                .getReplyMarkup()).isNull();
    }

    @Test
    void anUpdateIsReadAsTheLibraryReadsIt() throws Exception {
        String rich = """
                {"update_id":12,"message":{"message_id":3,"date":1764000000,"caption":"Me at work",\
                "from":{"id":506,"is_bot":false,"first_name":"Ola","last_name":"K","username":"ola","language_code":"uk"},\
                "chat":{"id":506,"type":"private","first_name":"Ola","username":"ola"},\
                "photo":[{"file_id":"p1","file_unique_id":"u1","width":90,"height":90,"file_size":900},\
                {"file_id":"p2","file_unique_id":"u2","width":800,"height":800,"file_size":90000}],\
                "caption_entities":[{"type":"bold","offset":0,"length":2}],\
                "document":{"file_id":"d1","file_unique_id":"du1","file_name":"cv.pdf","mime_type":"application/pdf"},\
                "contact":{"phone_number":"+380501234567","first_name":"Ola","user_id":506},\
                "reply_to_message":{"message_id":2,"date":1763999000,"text":"/start","chat":{"id":506,"type":"private"},\
                "entities":[{"type":"bot_command","offset":0,"length":6}]}}}""";

        Update ours = UpdateReader.read(rich);

        Update library = new com.fasterxml.jackson.databind.ObjectMapper().readValue(rich, Update.class);
        assertThat(ours).isEqualTo(library);
        assertThat(ours.getMessage().getPhoto()).extracting("fileId").containsExactly("p1", "p2");
        assertThat(ours.getMessage().getReplyToMessage().getText()).isEqualTo("/start");
        assertThat(ours.getMessage().getFrom().getLanguageCode()).isEqualTo("uk");
    }

    @Test
    void aPressOnAMessageTelegramNoLongerShowsStillHasItsChatAndId() {
        Update update = UpdateReader.read("""
                {"update_id":13,"callback_query":{"id":"q3","data":"x","chat_instance":"ci",\
                "message":{"message_id":4,"date":0,"chat":{"id":507,"type":"private"}},\
                "from":{"id":507,"is_bot":false,"first_name":"Petro"}}}""");

        assertThat(update.getCallbackQuery().getMessage().getChatId()).isEqualTo(507L);
        assertThat(update.getCallbackQuery().getMessage().getMessageId()).isEqualTo(4);
        assertThat(update.getCallbackQuery().getData()).isEqualTo("x");
    }
}
