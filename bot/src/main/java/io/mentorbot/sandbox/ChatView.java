package io.mentorbot.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.FileRef;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.sandbox.emulator.UserMessage;

/** One persona's chat as the page draws it: both sides' messages in order, keyboards, and the bot's command menu. */
record ChatView(List<Entry> messages, List<List<String>> replyKeyboard, List<Command> commands) {

    /**
     * One message.
     *
     * @param from      {@code bot} or {@code user}
     * @param parseMode the bot's parse mode (HTML or none); the page allows only Telegram's few formatting tags
     */
    record Entry(long id, String from, String text, String parseMode, Media photo, Media document,
                 List<List<Key>> buttons, boolean edited, long sentAt) {
    }

    record Media(String url, String name, String mimeType) {
    }

    /** An inline button: pressed through the API when {@code callback}, opened as a link when it has a url. */
    record Key(String text, boolean callback, String url) {
    }

    record Command(String command, String description) {
    }

    static ChatView of(SimulatedUser user, BotApiEmulator emulator) {
        List<Entry> entries = new ArrayList<>();
        for (BotMessage m : user.chat().messages()) {
            List<List<Key>> keys = m.inlineKeyboard().stream()
                    .map(row -> row.stream().map(ChatView::key).toList()).toList();
            entries.add(new Entry(m.messageId(), "bot", m.text(), m.parseMode(), media(m.photo()),
                    media(m.document()), keys, m.edits() > 0, m.sentAt().toEpochMilli()));
        }
        for (UserMessage m : user.chat().userMessages()) {
            if (!m.deleted()) {
                entries.add(new Entry(m.messageId(), "user", m.text(), null, media(m.photo()), media(m.document()),
                        List.of(), false, m.sentAt().toEpochMilli()));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::id));
        return new ChatView(entries, user.chat().replyKeyboard(), commands(user, emulator));
    }

    private static Key key(Button button) {
        return new Key(button.text(), button.callbackData() != null, button.url());
    }

    private static Media media(FileRef file) {
        return file == null ? null : new Media("/sandbox/api/files/" + file.fileId(), file.fileName(), file.mimeType());
    }

    /** The menu Telegram would show this user: the most specific scope the bot set, as Telegram picks it. */
    private static List<Command> commands(SimulatedUser user, BotApiEmulator emulator) {
        Map<String, List<Map<String, Object>>> all = emulator.commands();
        Map<String, Object> chatScope = new LinkedHashMap<>();
        chatScope.put("type", "chat");
        chatScope.put("chat_id", user.id());
        String language = user.languageCode() == null ? "" : user.languageCode();
        for (String key : List.of(BotApiEmulator.commandScopeKey(chatScope, language),
                BotApiEmulator.commandScopeKey(chatScope, ""),
                BotApiEmulator.commandScopeKey(Map.of("type", "all_private_chats"), language),
                BotApiEmulator.commandScopeKey(Map.of("type", "all_private_chats"), ""),
                BotApiEmulator.commandScopeKey(null, language),
                BotApiEmulator.commandScopeKey(null, ""))) {
            List<Map<String, Object>> commands = all.get(key);
            if (commands != null && !commands.isEmpty()) {
                return commands.stream().map(c -> new Command(String.valueOf(c.get("command")),
                        String.valueOf(c.get("description")))).toList();
            }
        }
        return List.of();
    }
}
