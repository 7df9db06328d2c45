package io.mentorbot.sandbox.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and validates a reply_markup object the way Telegram does. */
final class Keyboards {

    /**
     * What a reply_markup means for the chat. {@code inline} is the inline keyboard as Telegram echoes it in
     * Message.reply_markup, already written as JSON (null: none): a chat keeps it for as long as the message shows it,
     * and one string weighs far less on the garbage collector than a map per button (the benchmarks run the
     * emulator in the bot's JVM).
     */
    record Markup(String inline, List<List<Button>> inlineKeyboard, List<List<String>> replyKeyboard,
            boolean removeReplyKeyboard) {
        static final Markup NONE = new Markup(null, List.of(), List.of(), false);
    }

    private static final List<String> OTHER_INLINE_ACTIONS = List.of("login_url", "switch_inline_query",
            "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game", "pay",
            "web_app", "copy_text");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Keyboards() {
    }

    static Markup parse(Object replyMarkup) {
        if (replyMarkup == null) {
            return Markup.NONE;
        }
        if (!(replyMarkup instanceof Map<?, ?> map)) {
            throw ApiException.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (map.get("inline_keyboard") != null) {
            List<List<Button>> rows = new ArrayList<>();
            for (Object row : rows(map.get("inline_keyboard"))) {
                rows.add(rows(row).stream().map(Keyboards::inlineButton).toList());
            }
            // Telegram echoes only the inline keyboard back in Message.reply_markup.
            return new Markup(json(Map.of("inline_keyboard", map.get("inline_keyboard"))), rows, List.of(), false);
        }
        if (map.get("keyboard") != null) {
            List<List<String>> rows = new ArrayList<>();
            for (Object row : rows(map.get("keyboard"))) {
                rows.add(rows(row).stream().map(Keyboards::replyButtonText).toList());
            }
            return new Markup(null, List.of(), rows, false);
        }
        return new Markup(null, List.of(), List.of(), Boolean.TRUE.equals(map.get("remove_keyboard")));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("can't parse reply keyboard markup JSON object");
        }
    }

    private static Button inlineButton(Object raw) {
        if (!(raw instanceof Map<?, ?> button) || !(button.get("text") instanceof String text)) {
            throw ApiException.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        Object data = button.get("callback_data");
        Object url = button.get("url");
        if (data != null) {
            int bytes = data.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw ApiException.badRequest("BUTTON_DATA_INVALID");
            }
        } else if (url != null) {
            String u = url.toString();
            if (!(u.startsWith("http://") || u.startsWith("https://") || u.startsWith("tg://"))) {
                throw ApiException.badRequest("BUTTON_URL_INVALID");
            }
        } else if (OTHER_INLINE_ACTIONS.stream().noneMatch(button::containsKey)) {
            throw ApiException.badRequest(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        return new Button(text, data == null ? null : data.toString(), url == null ? null : url.toString());
    }

    private static String replyButtonText(Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        if (raw instanceof Map<?, ?> button && button.get("text") instanceof String text) {
            return text;
        }
        throw ApiException.badRequest("can't parse keyboard button: Field \"text\" must be of type String");
    }

    private static List<?> rows(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw ApiException.badRequest("can't parse reply keyboard markup JSON object");
    }
}
