package io.mentorbot.sandbox.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Telegram user talking to the bot in a private chat (chat id = user id). Every action becomes an update the
 * bot receives through getUpdates; the returned number is its update_id.
 */
public final class SimulatedUser {

    private final EmulatorState state;
    private final long id;
    private final String firstName;
    private final String languageCode;
    private final Map<String, Object> json;
    private final Map<String, Object> chatJson;
    private final ChatLog chat;
    private volatile boolean blocked;

    SimulatedUser(EmulatorState state, long id, String firstName, String lastName, String username,
            String languageCode) {
        this.state = state;
        this.id = id;
        this.firstName = Objects.requireNonNull(firstName, "firstName");
        this.languageCode = languageCode;
        this.json = MessageJson.user(id, false, firstName, lastName, username, languageCode);
        this.chatJson = MessageJson.privateChat(json);
        this.chat = state.newChat(id, chatJson);
    }

    public long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String languageCode() {
        return languageCode;
    }

    /** This user's private chat with the bot. */
    public ChatLog chat() {
        return chat;
    }

    public boolean isBlocked() {
        return blocked;
    }

    /** Sends a text message; a leading "/command" gets a bot_command entity, as Telegram adds. */
    public long sendText(String text) {
        Objects.requireNonNull(text, "text");
        return sendMessage(text, null, null, MessageJson.commandEntities(text));
    }

    /** Sends a text message in a group chat (see {@link BotApiEmulator#group}) instead of the private chat. */
    public long sendTextIn(ChatLog group, String text) {
        Objects.requireNonNull(text, "text");
        return sendMessage(group, text, null, null, MessageJson.commandEntities(text));
    }

    /** Sends a photo (stored, so the bot can getFile and download it) with an optional caption. */
    public long sendPhoto(byte[] image, String caption) {
        FileRef photo = state.files.put(image, "photo.jpg", "image/jpeg", "photos").ref();
        return sendMessage(caption, photo, null, List.of());
    }

    /** Sends a document (stored, so the bot can getFile and download it). */
    public long sendDocument(byte[] bytes, String fileName, String mimeType) {
        FileRef document = state.files.put(bytes, fileName, mimeType, "documents").ref();
        return sendMessage(null, null, document, List.of());
    }

    /**
     * Presses the inline button with this text on the newest bot message in this chat that shows it.
     *
     * @throws IllegalStateException listing the visible buttons when no message has such a button
     */
    public long press(String buttonText) {
        List<BotMessage> messages = chat.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).hasButton(buttonText)) {
                return press(messages.get(i), buttonText);
            }
        }
        throw new IllegalStateException("No inline button \"" + buttonText + "\" in chat " + id
                + "; visible buttons: " + visibleButtons(messages));
    }

    /** Presses the button with this text on that message as it looks now. */
    public long press(BotMessage message, String buttonText) {
        BotMessage current = chat.message(message.messageId()).filter(m -> !m.deleted())
                .orElseThrow(() -> new IllegalStateException("Message " + message.messageId() + " is gone"));
        Button button = current.inlineKeyboard().stream().flatMap(List::stream)
                .filter(b -> b.text().equals(buttonText)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No inline button \"" + buttonText + "\" on message "
                        + current.messageId() + "; its buttons: " + current.buttonTexts()));
        if (button.callbackData() == null) {
            throw new IllegalStateException("Button \"" + buttonText + "\" has no callback_data (url=" + button.url()
                    + "), pressing it sends nothing to the bot");
        }
        return pressData(current.messageId(), button.callbackData());
    }

    /** Sends a callback query with arbitrary (possibly forged) data for a bot message. */
    public long pressData(long messageId, String callbackData) {
        Map<String, Object> message = chat.json(messageId)
                .orElseThrow(() -> new IllegalStateException("No bot message " + messageId + " in chat " + id));
        return state.updates.enqueue(updateId -> {
            String queryId = Long.toString(updateId);
            state.openCallbacks.put(queryId, new EmulatorState.OpenCallback(chat, updateId));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("id", queryId);
            query.put("from", json);
            query.put("message", message);
            query.put("chat_instance", Long.toString(id * 7919 + 4_242_424_242L));
            query.put("data", callbackData);
            return Map.of("callback_query", query);
        });
    }

    /** Blocks the bot: its sends to this chat fail with 403, and it gets a my_chat_member update (kicked). */
    public void block() {
        setBlocked(true);
    }

    /** Unblocks the bot (my_chat_member update back to member). */
    public void unblock() {
        setBlocked(false);
    }

    private synchronized void setBlocked(boolean value) {
        if (blocked == value) {
            return;
        }
        blocked = value;
        Map<String, Object> member = Map.of("status", "member", "user", state.botUser);
        Map<String, Object> kicked = Map.of("status", "kicked", "user", state.botUser, "until_date", 0);
        state.updates.enqueue(updateId -> Map.of("my_chat_member", Map.of("chat", chatJson, "from", json,
                "date", Instant.now().getEpochSecond(), "old_chat_member", value ? member : kicked,
                "new_chat_member", value ? kicked : member)));
    }

    private long sendMessage(String text, FileRef photo, FileRef document, List<Map<String, Object>> entities) {
        return sendMessage(chat, text, photo, document, entities);
    }

    private long sendMessage(ChatLog chat, String text, FileRef photo, FileRef document,
                             List<Map<String, Object>> entities) {
        long messageId = chat.nextMessageId();
        Instant now = Instant.now();
        Map<String, Object> message = MessageJson.message(messageId, json, chat.chatJson(), now, text, photo,
                document);
        if (!entities.isEmpty()) {
            message.put(photo != null || document != null ? "caption_entities" : "entities", entities);
        }
        return state.updates.enqueue(updateId -> {
            // Recorded under the queue lock so the chat shows the message before the bot can possibly answer it.
            chat.addUserMessage(new UserMessage(chat.chatId(), messageId, updateId, text, photo, document, false,
                    now));
            return Map.of("message", message);
        });
    }

    private static String visibleButtons(List<BotMessage> messages) {
        String listed = messages.stream().filter(m -> !m.inlineKeyboard().isEmpty())
                .map(m -> "message " + m.messageId() + " " + m.buttonTexts())
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "none" : listed;
    }
}
