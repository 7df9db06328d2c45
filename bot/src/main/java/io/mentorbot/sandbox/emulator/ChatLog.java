package io.mentorbot.sandbox.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * One private chat as the user sees it: the bot's messages with their current content, the user's own messages
 * and the bot's answers to button presses. Every accessor returns a consistent snapshot.
 */
public final class ChatLog {

    /** Which part of a message an edit method changes. */
    enum EditKind { TEXT, CAPTION, MARKUP }

    private static final class Slot {
        BotMessage message;
        /** The inline keyboard as echoed in Message.reply_markup, as JSON; null: none. */
        String markup;
        Instant editedAt;
    }

    private final long chatId;
    private final Map<String, Object> chatJson;
    private final Map<String, Object> botJson;
    private final Consumer<ChatEvent> events;
    private final List<Slot> botMessages = new ArrayList<>();
    private final Map<Long, Slot> botById = new HashMap<>();
    private final Map<Long, UserMessage> userById = new LinkedHashMap<>();
    private final Map<Long, CallbackAnswer> answers = new HashMap<>();
    private List<List<String>> replyKeyboard = List.of();
    private long lastMessageId;

    ChatLog(long chatId, Map<String, Object> chatJson, Map<String, Object> botJson, Consumer<ChatEvent> events) {
        this.chatId = chatId;
        this.chatJson = chatJson;
        this.botJson = botJson;
        this.events = events;
    }

    /** The chat as the Bot API describes it in messages. */
    Map<String, Object> chatJson() {
        return chatJson;
    }

    /** The chat id (equals the user id for private chats). */
    public long chatId() {
        return chatId;
    }

    /** The bot's messages that are not deleted, oldest first, as they look now. */
    public synchronized List<BotMessage> messages() {
        return botMessages.stream().map(s -> s.message).filter(m -> !m.deleted()).toList();
    }

    /** The bot's messages including deleted ones, oldest first. */
    public synchronized List<BotMessage> allMessages() {
        return botMessages.stream().map(s -> s.message).toList();
    }

    /** The newest bot message that is not deleted; throws {@link NoSuchElementException} if there is none. */
    public BotMessage last() {
        List<BotMessage> current = messages();
        if (current.isEmpty()) {
            throw new NoSuchElementException("the bot has sent no message (still visible) to chat " + chatId);
        }
        return current.get(current.size() - 1);
    }

    /** The bot message with this id as it looks now (deleted ones included). */
    public synchronized Optional<BotMessage> message(long messageId) {
        return Optional.ofNullable(botById.get(messageId)).map(s -> s.message);
    }

    /** The messages the simulated user sent, oldest first. */
    public synchronized List<UserMessage> userMessages() {
        return List.copyOf(userById.values());
    }

    /** The bot's answerCallbackQuery for the button press delivered in that update, if it answered. */
    public synchronized Optional<CallbackAnswer> answerFor(long updateId) {
        return Optional.ofNullable(answers.get(updateId));
    }

    /** The reply keyboard currently shown under the input field, empty if none or removed. */
    public synchronized List<List<String>> replyKeyboard() {
        return replyKeyboard;
    }

    synchronized long nextMessageId() {
        return ++lastMessageId;
    }

    synchronized void addUserMessage(UserMessage message) {
        userById.put(message.messageId(), message);
    }

    synchronized void recordAnswer(long updateId, CallbackAnswer answer) {
        answers.put(updateId, answer);
    }

    /** Stores a new bot message and returns it as a Bot API Message. */
    Map<String, Object> send(String text, String parseMode, Keyboards.Markup markup, FileRef photo, FileRef doc) {
        Slot slot = new Slot();
        Map<String, Object> json;
        synchronized (this) {
            slot.message = new BotMessage(chatId, ++lastMessageId, text, markup.inlineKeyboard(),
                    markup.replyKeyboard(), parseMode, photo, doc, 0, false, Instant.now());
            slot.markup = markup.inline();
            botMessages.add(slot);
            botById.put(slot.message.messageId(), slot);
            if (!markup.replyKeyboard().isEmpty() || markup.removeReplyKeyboard()) {
                replyKeyboard = markup.replyKeyboard();
            }
            json = json(slot);
        }
        events.accept(new ChatEvent("sent", slot.message));
        return json;
    }

    /** Applies an edit with Telegram's checks and returns the edited Message. */
    Map<String, Object> edit(long messageId, EditKind kind, String text, String parseMode, Keyboards.Markup markup) {
        BotMessage edited;
        Map<String, Object> json;
        synchronized (this) {
            Slot slot = botById.get(messageId);
            if (slot == null || slot.message.deleted()) {
                throw ApiException.badRequest(userById.containsKey(messageId)
                        ? "message can't be edited" : "message to edit not found");
            }
            BotMessage old = slot.message;
            boolean media = old.photo() != null || old.document() != null;
            if (kind == EditKind.TEXT && media) {
                throw ApiException.badRequest("there is no text in the message to edit");
            }
            if (kind == EditKind.CAPTION && !media) {
                throw ApiException.badRequest("there is no caption in the message to edit");
            }
            String newText = kind == EditKind.MARKUP ? old.text() : text;
            String newMode = kind == EditKind.MARKUP ? old.parseMode() : parseMode;
            // An edit without reply_markup removes the inline keyboard, as in Telegram.
            if (Objects.equals(newText, old.text()) && Objects.equals(newMode, old.parseMode())
                    && Objects.equals(markup.inline(), slot.markup)) {
                throw ApiException.badRequest("message is not modified: specified new message content and reply "
                        + "markup are exactly the same as a current content and reply markup of the message");
            }
            slot.message = old.withContent(newText, markup.inlineKeyboard()).withParseMode(newMode);
            slot.markup = markup.inline();
            slot.editedAt = Instant.now();
            edited = slot.message;
            json = json(slot);
        }
        events.accept(new ChatEvent("edited", edited));
        return json;
    }

    /**
     * Replaces a message's photo or file (and its caption and keyboard); as in Telegram, a text message may get one
     * this way, its text becoming the caption given.
     */
    Map<String, Object> editMedia(long messageId, FileRef photo, FileRef document, String caption, String parseMode,
                                  Keyboards.Markup markup) {
        BotMessage edited;
        Map<String, Object> json;
        synchronized (this) {
            Slot slot = botById.get(messageId);
            if (slot == null || slot.message.deleted()) {
                throw ApiException.badRequest(userById.containsKey(messageId)
                        ? "message can't be edited" : "message to edit not found");
            }
            slot.message = slot.message.withMedia(photo, document, caption, parseMode, markup.inlineKeyboard());
            slot.markup = markup.inline();
            slot.editedAt = Instant.now();
            edited = slot.message;
            json = json(slot);
        }
        events.accept(new ChatEvent("edited", edited));
        return json;
    }

    /** Marks a bot or user message deleted; Telegram's error if there is no such message. */
    void delete(long messageId) {
        BotMessage deleted = null;
        synchronized (this) {
            Slot slot = botById.get(messageId);
            UserMessage user = userById.get(messageId);
            if (slot != null && !slot.message.deleted()) {
                slot.message = slot.message.asDeleted();
                deleted = slot.message;
            } else if (user != null && !user.deleted()) {
                userById.put(messageId, new UserMessage(user.chatId(), user.messageId(), user.updateId(),
                        user.text(), user.photo(), user.document(), true, user.sentAt()));
            } else {
                throw ApiException.badRequest("message to delete not found");
            }
        }
        if (deleted != null) {
            events.accept(new ChatEvent("deleted", deleted));
        }
    }

    /** The current Bot API Message for a bot message, e.g. to put into a callback query. */
    synchronized Optional<Map<String, Object>> json(long messageId) {
        return Optional.ofNullable(botById.get(messageId)).map(this::json);
    }

    private Map<String, Object> json(Slot slot) {
        BotMessage m = slot.message;
        String visible = m.text() == null ? null : HtmlText.plain(m.text(), m.parseMode());
        Map<String, Object> json = MessageJson.message(m.messageId(), botJson, chatJson, m.sentAt(), visible,
                m.photo(), m.document());
        if (slot.editedAt != null) {
            json.put("edit_date", slot.editedAt.getEpochSecond());
        }
        if (slot.markup != null) {
            json.put("reply_markup", new RawValue(slot.markup));
        }
        return json;
    }
}
