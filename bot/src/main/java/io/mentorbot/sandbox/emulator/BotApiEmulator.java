package io.mentorbot.sandbox.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-process Telegram Bot API server on 127.0.0.1 that speaks the API as the TelegramBots client uses it, with
 * simulated users to drive the bot and chat logs to check what it answered.
 *
 * <p>Point the bot at {@link #baseUrl()} with the same token. Everything here is thread-safe: the bot may poll and
 * send from several threads while tests act as users.
 */
public final class BotApiEmulator implements AutoCloseable {

    /** The bot's username unless another is given. */
    public static final String DEFAULT_BOT_USERNAME = "mentorbot_sandbox_bot";

    private final EmulatorState state;
    private final ApiServer server;

    private BotApiEmulator(String token, int port, String botUsername) {
        this.state = new EmulatorState(Objects.requireNonNull(token, "token"), botUsername);
        try {
            this.server = new ApiServer(state, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Bot API emulator on 127.0.0.1:" + port, e);
        }
    }

    /** Starts on a random free port. */
    public static BotApiEmulator start(String token) {
        return start(token, 0);
    }

    /** Starts on this port (0 for a random free one). */
    public static BotApiEmulator start(String token, int port) {
        return start(token, port, DEFAULT_BOT_USERNAME);
    }

    /** Starts on this port (0 for a random free one) with this bot username. */
    public static BotApiEmulator start(String token, int port, String botUsername) {
        return new BotApiEmulator(token, port, Objects.requireNonNull(botUsername, "botUsername"));
    }

    /** For example {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.port();
    }

    public String token() {
        return state.token;
    }

    public String botUsername() {
        return state.botUsername;
    }

    /** Stops the server; pending long polls return at once. */
    @Override
    public void close() {
        WebhookDelivery delivery = state.webhookDelivery();
        if (delivery != null) {
            delivery.close();
        }
        server.stop();
    }

    /**
     * Opts in to webhook delivery, as Telegram does it: once the bot calls setWebhook, every update is POSTed to that
     * URL with the secret_token in {@code X-Telegram-Bot-Api-Secret-Token}, up to max_connections at once but one
     * chat's updates one after another; an update not answered 2xx is posted again shortly. Plain {@code http://}
     * URLs are accepted from then on (loopback tests); without this call setWebhook only records the URL.
     */
    public void deliverToWebhook() {
        state.deliverToWebhook();
    }

    /** The webhook URL set by the bot, or "" when none is set. */
    public String webhookUrl() {
        return state.updates.webhookUrl();
    }

    /** Updates still waiting to be delivered (polled or posted). */
    public int pendingUpdates() {
        return state.updates.pendingCount();
    }

    /** Webhook posts that failed or were refused since delivery was switched on (each is retried). */
    public long webhookFailures() {
        WebhookDelivery delivery = state.webhookDelivery();
        return delivery == null ? 0 : delivery.failures();
    }

    /**
     * Forgets users, chats, pending updates, files, recorded calls and faults. Kept: the bot's commands, webhook,
     * allowed_updates, listeners, and the update_id sequence (a running bot keeps its offset, so ids never restart).
     */
    public void reset() {
        state.reset();
    }

    /** The user with this id, created with these details on first use; private chat id = user id. */
    public SimulatedUser user(long id, String firstName, String languageCode) {
        return user(id, firstName, null, null, languageCode);
    }

    /** The user with this id, created with these details on first use; private chat id = user id. */
    public SimulatedUser user(long id, String firstName, String lastName, String username, String languageCode) {
        return state.user(id, firstName, lastName, username, languageCode);
    }

    /**
     * A group chat with the bot in it, created on first use (a negative id, as Telegram gives groups); users write
     * there with {@link SimulatedUser#sendTextIn}, and it shows what the bot sent there.
     */
    public ChatLog group(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("Group chat ids are negative: " + chatId);
        }
        return state.group(chatId, title);
    }

    /** Queues a raw update (any Bot API Update fields except update_id) and returns the update_id it got. */
    public long enqueueUpdate(Map<String, Object> updateWithoutId) {
        Map<String, Object> copy = new LinkedHashMap<>(updateWithoutId);
        copy.remove("update_id"); // the emulator numbers updates itself, or offsets would break
        return state.updates.enqueue(id -> copy);
    }

    /**
     * Numbers the next updates after {@code updateId}, as Telegram would for a bot that saw updates up to it before
     * (a restarted bot skips ids it already knows).
     */
    public void continueUpdateIdsAfter(long updateId) {
        state.updates.continueAfter(updateId);
    }

    /** Queues the very same update again (same update_id), even if the bot already confirmed it. */
    public void redeliver(long updateId) {
        state.updates.redeliver(updateId);
    }

    /** The private chat with this id; throws {@link NoSuchElementException} if no such user was created. */
    public ChatLog chat(long chatId) {
        ChatLog chat = state.chats.get(chatId);
        if (chat == null) {
            throw new NoSuchElementException("No chat " + chatId + "; create it with user(" + chatId + ", ...)");
        }
        return chat;
    }

    /**
     * Stores a file as if it had been uploaded earlier (for example a demo photo), so the bot can send it by its
     * file_id and download it with getFile.
     */
    public FileRef storeFile(byte[] bytes, String fileName, String mimeType) {
        String folder = mimeType != null && mimeType.startsWith("image/") ? "photos" : "documents";
        return state.files.put(bytes, fileName, mimeType, folder).ref();
    }

    /** The file with this file_id, if the emulator holds it. */
    public Optional<FileRef> file(String fileId) {
        return state.files.byId(fileId).map(FileStore.StoredFile::ref);
    }

    /** Injected failures and delays. */
    public Faults faults() {
        return state.faults;
    }

    /** Every call received since start or reset, oldest first (the newest 10,000, or as {@link #keepHistory} says). */
    public List<RecordedCall> calls() {
        return state.calls();
    }

    /**
     * How many past calls {@link #calls()} and past updates {@link #redeliver} keep (10,000 each unless set; 0:
     * none). A load run reads replies through a call listener and sets 0: kept, they sit in the memory of the JVM that
     * runs the emulator.
     */
    public void keepHistory(int max) {
        state.keepHistory(max);
    }

    /** The highest id of a user the emulator knows (0 for none), so a new user never takes over an old chat. */
    public long highestUserId() {
        return state.users.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Forgets a user and the private chat with them, as if they had never written (a load run's finished user). */
    public void forgetUser(long userId) {
        state.users.remove(userId);
        state.chats.remove(userId);
    }

    /** The commands last set, keyed by {@link #commandScopeKey(Map, String)}. */
    public Map<String, List<Map<String, Object>>> commands() {
        return state.commands.snapshot();
    }

    /**
     * The key {@link #commands()} uses: the scope as JSON with sorted keys and numeric ids as numbers, "|", and the
     * language code or "". The default scope without language is {@code {"type":"default"}|}.
     *
     * @param scope for example {@code Map.of("type", "chat", "chat_id", 42)}, or {@code null} for the default scope
     */
    public static String commandScopeKey(Map<String, Object> scope, String languageCode) {
        return CommandRegistry.key(scope, languageCode);
    }

    /** Called (on the bot's request thread) after every bot message sent, edited or deleted. */
    public void addListener(Consumer<ChatEvent> listener) {
        state.listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<ChatEvent> listener) {
        state.listeners.remove(listener);
    }

    /**
     * Called (on the bot's request thread) after every call served successfully, just before the answer goes back:
     * for example to time when getUpdates handed an update to the bot and when the bot's reply arrived.
     */
    public void addCallListener(Consumer<ServedCall> listener) {
        state.callListeners.add(Objects.requireNonNull(listener));
    }

    public void removeCallListener(Consumer<ServedCall> listener) {
        state.callListeners.remove(listener);
    }
}
