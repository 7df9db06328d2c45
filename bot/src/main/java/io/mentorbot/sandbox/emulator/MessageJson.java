package io.mentorbot.sandbox.emulator;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds Bot API objects (Message, User, Chat, PhotoSize, Document, File) as JSON-ready maps. */
final class MessageJson {

    private static final Map<String, int[]> DIMENSIONS = new ConcurrentHashMap<>();

    private MessageJson() {
    }

    static Map<String, Object> user(long id, boolean bot, String firstName, String lastName, String username,
            String languageCode) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("is_bot", bot);
        user.put("first_name", firstName);
        putIfPresent(user, "last_name", lastName);
        putIfPresent(user, "username", username);
        putIfPresent(user, "language_code", languageCode);
        return Map.copyOf(user);
    }

    static Map<String, Object> privateChat(Map<String, Object> user) {
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", user.get("id"));
        chat.put("type", "private");
        chat.put("first_name", user.get("first_name"));
        putIfPresent(chat, "last_name", user.get("last_name"));
        putIfPresent(chat, "username", user.get("username"));
        return Map.copyOf(chat);
    }

    /** A message; {@code text} goes to "text", or to "caption" when the message has a photo or document. */
    static Map<String, Object> message(long messageId, Map<String, Object> from, Map<String, Object> chat,
            Instant date, String text, FileRef photo, FileRef document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", messageId);
        json.put("from", from);
        json.put("chat", chat);
        // Never 0: TelegramBots reads date 0 as an InaccessibleMessage.
        json.put("date", Math.max(1, date.getEpochSecond()));
        if (photo != null) {
            json.put("photo", photoSizes(photo));
        }
        if (document != null) {
            json.put("document", document(document));
        }
        putIfPresent(json, photo != null || document != null ? "caption" : "text", text);
        return json;
    }

    static List<Map<String, Object>> photoSizes(FileRef photo) {
        int[] size = DIMENSIONS.computeIfAbsent(photo.fileId(), id -> dimensions(photo.bytes()));
        return List.of(Map.of("file_id", photo.fileId(), "file_unique_id", uniqueId(photo.fileId()),
                "width", size[0], "height", size[1], "file_size", photo.bytes().length));
    }

    static Map<String, Object> document(FileRef document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file_id", document.fileId());
        json.put("file_unique_id", uniqueId(document.fileId()));
        putIfPresent(json, "file_name", document.fileName());
        putIfPresent(json, "mime_type", document.mimeType());
        json.put("file_size", document.bytes().length);
        return json;
    }

    static Map<String, Object> file(FileStore.StoredFile file) {
        return Map.of("file_id", file.ref().fileId(), "file_unique_id", file.uniqueId(),
                "file_size", file.ref().bytes().length, "file_path", file.path());
    }

    /** The bot_command entity Telegram adds when a text starts with a command. */
    static List<Map<String, Object>> commandEntities(String text) {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            return List.of();
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return List.of(Map.of("type", "bot_command", "offset", 0, "length", end));
    }

    static String uniqueId(String fileId) {
        return "EmuU" + Integer.toHexString(fileId.hashCode());
    }

    private static int[] dimensions(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? new int[] {1, 1} : new int[] {image.getWidth(), image.getHeight()};
        } catch (Exception | LinkageError e) {
            return new int[] {1, 1}; // Tests often send a few arbitrary bytes as a "photo".
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
