package io.mentorbot.telegram.dialog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.outbox.Outbox;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * What one turn says to its user (messages, edited screens, the answer to a button press, a changed command menu),
 * held until the turn's transaction has committed and then sent in the order it was said.
 *
 * <p>Why not at once: the user must never be told something that did not happen. Sent inside the transaction, a
 * "Booked!" reached the student before anyone else could see the booking, and a rollback after the send left them
 * told of a booking that never was. Held here, a turn that rolls back says nothing of what it did; its user hears the
 * failure instead. And the sending, which may wait for Telegram's pacing, holds no transaction, connection or lock.
 *
 * <p>The replies are also written with the turn's changes ({@link #toJson()}), so that if the process dies between
 * the commit and the sending, another instance sends them ({@link #fromJson}) once {@link Outbox#REPLIES_LEASE} has
 * passed. Until they are out, what the same
 * commit queued for the chat in the outbox waits for them: the screen comes before the file that goes with it.
 *
 * <p>A message sent as the question screen of a dialog ({@link #markScreen}) is the one reply whose message id is
 * needed afterwards: it is sent with {@link BotGateway#call} and its id handed to a {@link ScreenMemory}, so the
 * dialog can remove the question once it is answered. Every other reply is sent without reading Telegram's answer.
 */
public final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The calls that may be stored, by the name they are stored under; nothing else is ever read back. */
    private static final Map<String, Class<? extends BotApiMethod<? extends Serializable>>> CALLS = Map.of(
            "SendMessage", SendMessage.class,
            "EditMessageText", EditMessageText.class,
            "EditMessageCaption", EditMessageCaption.class,
            "EditMessageReplyMarkup", EditMessageReplyMarkup.class,
            "DeleteMessage", DeleteMessage.class,
            "AnswerCallbackQuery", AnswerCallbackQuery.class,
            "SetMyCommands", SetMyCommands.class,
            "DeleteMyCommands", DeleteMyCommands.class);

    private final List<Reply> said = new ArrayList<>();

    /** A Bot API call of one of the kinds in {@link #CALLS}. */
    public void call(BotApiMethod<? extends Serializable> method) {
        if (CALLS.get(method.getClass().getSimpleName()) != method.getClass()) {
            throw new IllegalArgumentException("A turn cannot reply with " + method.getMethod());
        }
        said.add(new Call(method));
    }

    /**
     * The message, said before with {@link #call}, becomes the question screen of the chat's dialog {@code dialog}:
     * once sent, its id is remembered in that dialog's draft (see {@link ScreenMemory}).
     */
    void markScreen(SendMessage message, String dialog) {
        for (int i = said.size() - 1; i >= 0; i--) {
            if (said.get(i) instanceof Call call && call.method() == message) {
                said.set(i, new Screen(message, dialog));
                return;
            }
        }
        throw new IllegalArgumentException("Not a message said in this turn");
    }

    /** A photo Telegram already has, by its file id. */
    void photo(long chatId, String fileId, String caption, InlineKeyboardMarkup keyboard) {
        said.add(new Photo(chatId, fileId, caption, keyboard));
    }

    /** A shown message's new photo (by Telegram file id), caption and keyboard. */
    void media(long chatId, int messageId, String fileId, String caption, InlineKeyboardMarkup keyboard) {
        said.add(new Media(chatId, messageId, fileId, caption, keyboard));
    }

    /** A file made for this reply (a chart, a calendar entry, an export): a photo or a document. */
    void upload(long chatId, boolean photo, byte[] content, String fileName, String caption) {
        said.add(new Upload(chatId, photo, content.clone(), fileName, caption));
    }

    public boolean isEmpty() {
        return said.isEmpty();
    }

    /**
     * Sends what was said, in order, once; a call Telegram refuses does not keep the later ones back. The id of a
     * question screen sent as a new message goes to {@code screens}.
     */
    public void sendWith(BotGateway gateway, ScreenMemory screens) {
        List<Reply> due = List.copyOf(said);
        said.clear();
        for (Reply reply : due) {
            if (reply instanceof Screen screen) {
                screen.send(gateway, screens);
            } else {
                reply.send(gateway);
            }
        }
    }

    /** Forgets what was said: the turn did not happen. */
    public void discard() {
        said.clear();
    }

    /** What was said, to store with the turn's changes (written as it goes: this runs on every turn). */
    public String toJson() {
        StringWriter text = new StringWriter(256 * said.size());
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartArray();
            for (Reply reply : said) {
                json.writeStartObject();
                reply.write(json);
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("Replies cannot be written", e);
        }
        return text.toString();
    }

    /** Replies stored by {@link #toJson()}. */
    public static Replies fromJson(String json) {
        Replies replies = new Replies();
        try {
            for (JsonNode node : JSON.readTree(json)) {
                replies.said.add(Reply.fromJson(node));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Stored replies cannot be read", e);
        }
        return replies;
    }

    private sealed interface Reply permits Call, Screen, Photo, Media, Upload {
        void send(BotGateway gateway);

        /** Writes its fields into the open object. */
        void write(JsonGenerator json) throws IOException;

        static Reply fromJson(JsonNode node) throws IOException {
            String kind = node.path("kind").asText();
            return switch (kind) {
                case "photo" -> new Photo(node.path("chat").asLong(), node.path("file").asText(),
                        text(node, "caption"), keyboard(node.get("keyboard")));
                case "media" -> new Media(node.path("chat").asLong(), node.path("message").asInt(),
                        node.path("file").asText(), text(node, "caption"), keyboard(node.get("keyboard")));
                case "screen" -> new Screen(JSON.treeToValue(node.get("call"), SendMessage.class),
                        node.path("dialog").asText());
                case "upload" -> new Upload(node.path("chat").asLong(), node.path("photo").asBoolean(),
                        node.path("content").binaryValue(), node.path("name").asText(), text(node, "caption"));
                default -> {
                    Class<? extends BotApiMethod<? extends Serializable>> type = CALLS.get(kind);
                    if (type == null) {
                        throw new IllegalStateException("Not a stored reply: " + kind);
                    }
                    yield new Call(JSON.treeToValue(node.get("call"), type));
                }
            };
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        private static InlineKeyboardMarkup keyboard(JsonNode node) throws JsonProcessingException {
            return node == null || node.isNull() ? null : JSON.treeToValue(node, InlineKeyboardMarkup.class);
        }
    }

    private record Call(BotApiMethod<? extends Serializable> method) implements Reply {
        @Override
        public void send(BotGateway gateway) {
            gateway.post(method);
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStringField("kind", method.getClass().getSimpleName());
            json.writeFieldName("call");
            JSON.writeValue(json, method);
        }
    }

    /** A dialog's question sent as a new message: its id is remembered as the dialog's screen. */
    private record Screen(SendMessage message, String dialog) implements Reply {
        @Override
        public void send(BotGateway gateway) {
            gateway.post(message);
        }

        void send(BotGateway gateway, ScreenMemory screens) {
            gateway.call(message).ifPresent(sent -> screens.remember(Long.parseLong(message.getChatId()), dialog,
                    sent.getMessageId()));
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStringField("kind", "screen");
            json.writeStringField("dialog", dialog);
            json.writeFieldName("call");
            JSON.writeValue(json, message);
        }
    }

    private record Photo(long chatId, String fileId, String caption, InlineKeyboardMarkup keyboard) implements Reply {
        @Override
        public void send(BotGateway gateway) {
            gateway.send(SendPhoto.builder().chatId(chatId).photo(new InputFile(fileId)).caption(caption)
                    .replyMarkup(keyboard).build());
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStringField("kind", "photo");
            json.writeNumberField("chat", chatId);
            json.writeStringField("file", fileId);
            json.writeStringField("caption", caption);
            json.writeFieldName("keyboard");
            JSON.writeValue(json, keyboard);
        }
    }

    private record Media(long chatId, int messageId, String fileId, String caption, InlineKeyboardMarkup keyboard)
            implements Reply {
        @Override
        public void send(BotGateway gateway) {
            InputMediaPhoto photo = new InputMediaPhoto(fileId);
            photo.setCaption(caption);
            gateway.edit(EditMessageMedia.builder().chatId(chatId).messageId(messageId).media(photo)
                    .replyMarkup(keyboard).build());
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStringField("kind", "media");
            json.writeNumberField("chat", chatId);
            json.writeNumberField("message", messageId);
            json.writeStringField("file", fileId);
            json.writeStringField("caption", caption);
            json.writeFieldName("keyboard");
            JSON.writeValue(json, keyboard);
        }
    }

    private record Upload(long chatId, boolean photo, byte[] content, String fileName, String caption)
            implements Reply {
        @Override
        public void send(BotGateway gateway) {
            InputFile file = new InputFile(new ByteArrayInputStream(content), fileName);
            if (photo) {
                gateway.send(SendPhoto.builder().chatId(chatId).photo(file).caption(caption).build());
            } else {
                gateway.send(SendDocument.builder().chatId(chatId).document(file).caption(caption).build());
            }
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStringField("kind", "upload");
            json.writeNumberField("chat", chatId);
            json.writeBooleanField("photo", photo);
            json.writeBinaryField("content", content);
            json.writeStringField("name", fileName);
            json.writeStringField("caption", caption);
        }
    }
}
