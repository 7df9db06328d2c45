package io.mentorbot.sandbox.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Everything the emulator remembers, shared by the HTTP methods, the simulated users and the public facade. */
final class EmulatorState {

    /** A button press the bot has not answered yet. */
    record OpenCallback(ChatLog chat, long updateId) {
    }

    /** How many past calls and past updates are kept unless {@link #keepHistory} says otherwise. */
    static final int HISTORY = 10_000;

    final ObjectMapper mapper = new ObjectMapper();
    final String token;
    final String botUsername;
    final Map<String, Object> botUser;
    final UpdateQueue updates = new UpdateQueue();
    final FileStore files = new FileStore();
    final Faults faults = new Faults();
    final CommandRegistry commands = new CommandRegistry();
    final Map<Long, SimulatedUser> users = new ConcurrentHashMap<>();
    final Map<Long, ChatLog> chats = new ConcurrentHashMap<>();
    final Map<String, OpenCallback> openCallbacks = new ConcurrentHashMap<>();
    final List<Consumer<ChatEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile WebhookDelivery webhookDelivery;
    final List<Consumer<ServedCall>> callListeners = new CopyOnWriteArrayList<>();
    // Bounded so a bot polling in a tight loop cannot exhaust memory in a long-running sandbox.
    private final Deque<RecordedCall> calls = new ArrayDeque<>();
    private int keepCalls = HISTORY;

    EmulatorState(String token, String botUsername) {
        this.token = token;
        this.botUsername = botUsername;
        this.botUser = MessageJson.user(botId(token), true, "MentorBot Sandbox", null, botUsername, null);
    }

    /** Starts posting updates to the webhook (once); from then on plain-HTTP webhook URLs are accepted too. */
    synchronized WebhookDelivery deliverToWebhook() {
        if (webhookDelivery == null) {
            webhookDelivery = new WebhookDelivery(this);
        }
        return webhookDelivery;
    }

    WebhookDelivery webhookDelivery() {
        return webhookDelivery;
    }

    SimulatedUser user(long id, String firstName, String lastName, String username, String languageCode) {
        return users.computeIfAbsent(id, key -> {
            SimulatedUser user = new SimulatedUser(this, id, firstName, lastName, username, languageCode);
            chats.put(id, user.chat());
            return user;
        });
    }

    /** A group chat the bot is a member of, created on first use. */
    ChatLog group(long chatId, String title) {
        return chats.computeIfAbsent(chatId, id -> newChat(id, Map.of("id", id, "type", "group", "title", title)));
    }

    ChatLog newChat(long chatId, Map<String, Object> chatJson) {
        return new ChatLog(chatId, chatJson, botUser, this::emit);
    }

    /** The chat named by chat_id, or Telegram's "chat not found". */
    ChatLog chat(Params params) {
        String raw = params.string("chat_id");
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("chat_id is empty");
        }
        try {
            ChatLog chat = chats.get(Long.parseLong(raw.trim()));
            if (chat != null) {
                return chat;
            }
        } catch (NumberFormatException e) {
            // "@username" chat ids only address public channels and groups, which the emulator has none of.
        }
        throw ApiException.chatNotFound();
    }

    /** Like {@link #chat(Params)}, and 403 if the user blocked the bot. */
    ChatLog writableChat(Params params) {
        ChatLog chat = chat(params);
        SimulatedUser user = users.get(chat.chatId());
        if (user != null && user.isBlocked()) {
            throw ApiException.forbidden("bot was blocked by the user");
        }
        return chat;
    }

    void keepHistory(int max) {
        updates.keepHistory(max);
        synchronized (calls) {
            keepCalls = Math.max(0, max);
            while (calls.size() > keepCalls) {
                calls.removeFirst();
            }
        }
    }

    void record(String method, Map<String, Object> params) {
        synchronized (calls) {
            if (keepCalls == 0) {
                return;
            }
            if (calls.size() >= keepCalls) {
                calls.removeFirst();
            }
            calls.addLast(new RecordedCall(method, params, Instant.now()));
        }
    }

    List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    void reset() {
        users.clear();
        chats.clear();
        openCallbacks.clear();
        updates.clear();
        files.clear();
        faults.clear();
        synchronized (calls) {
            calls.clear();
        }
    }

    void served(ServedCall call) {
        for (Consumer<ServedCall> listener : callListeners) {
            try {
                listener.accept(call);
            } catch (RuntimeException e) {
                // A broken listener must not fail the bot's API call.
            }
        }
    }

    private void emit(ChatEvent event) {
        for (Consumer<ChatEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // A broken listener (e.g. a closed web socket) must not fail the bot's API call.
            }
        }
    }

    private static long botId(String token) {
        int colon = token.indexOf(':');
        String prefix = colon > 0 ? token.substring(0, colon) : "";
        return prefix.matches("\\d{1,15}") ? Long.parseLong(prefix) : 7_000_000_001L;
    }
}
