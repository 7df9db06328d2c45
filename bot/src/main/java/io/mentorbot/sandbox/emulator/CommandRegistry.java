package io.mentorbot.sandbox.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The bot's command lists, one per scope and language, as setMyCommands left them. */
final class CommandRegistry {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, List<Map<String, Object>>> byKey = new ConcurrentHashMap<>();

    /**
     * The key for a scope and language: the scope as JSON with sorted keys and numeric ids as numbers (so that
     * {@code "chat_id":"42"} and {@code "chat_id":42} are the same scope), a bar, and the language code or "".
     */
    static String key(Object scope, String languageCode) {
        Map<String, Object> canonical = new TreeMap<>();
        if (scope instanceof Map<?, ?> map) {
            map.forEach((k, v) -> canonical.put(String.valueOf(k), numberIfNumeric(v)));
        }
        canonical.putIfAbsent("type", "default");
        try {
            return MAPPER.writeValueAsString(canonical) + "|" + (languageCode == null ? "" : languageCode);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void set(Object scope, String languageCode, Object commands) {
        if (!(commands instanceof List<?> list)) {
            throw ApiException.badRequest("can't parse commands JSON object");
        }
        List<Map<String, Object>> valid = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> command) || !(command.get("command") instanceof String name)
                    || !COMMAND.matcher(name).matches()) {
                throw ApiException.badRequest("BOT_COMMAND_INVALID");
            }
            Object description = command.get("description");
            if (!(description instanceof String d) || d.isBlank() || d.length() > 256) {
                throw ApiException.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
            valid.add(Map.of("command", name, "description", d));
        }
        String key = key(scope, languageCode);
        if (valid.isEmpty()) {
            byKey.remove(key); // An empty list means the same as deleteMyCommands.
        } else {
            byKey.put(key, List.copyOf(valid));
        }
    }

    List<Map<String, Object>> get(Object scope, String languageCode) {
        return byKey.getOrDefault(key(scope, languageCode), List.of());
    }

    void delete(Object scope, String languageCode) {
        byKey.remove(key(scope, languageCode));
    }

    Map<String, List<Map<String, Object>>> snapshot() {
        return Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    private static Object numberIfNumeric(Object value) {
        if (value instanceof String s && s.matches("-?\\d{1,18}")) {
            return Long.parseLong(s);
        }
        return value instanceof Number n ? n.longValue() : value;
    }
}
