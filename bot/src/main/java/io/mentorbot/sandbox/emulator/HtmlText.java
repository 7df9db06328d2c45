package io.mentorbot.sandbox.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Checks and strips Telegram's HTML subset, so the emulator rejects what Telegram rejects ("can't parse entities")
 * and measures the length limits on the visible text, as Telegram does.
 */
final class HtmlText {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

    private HtmlText() {
    }

    /** The visible text; validates HTML when the parse mode is HTML (other parse modes are passed through). */
    static String plain(String text, String parseMode) {
        if (parseMode == null || !parseMode.equalsIgnoreCase("html")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                i = tag(text, i, open);
            } else if (c == '&') {
                i = entity(text, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw parseError("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return out.toString();
    }

    private static int tag(String text, int start, Deque<String> open) {
        int nameAt = start + (text.startsWith("</", start) ? 2 : 1);
        if (nameAt >= text.length() || !Character.isLetter(text.charAt(nameAt))) {
            // A bare "<" as in "5 < 6": Telegram reads it as a tag with an empty name.
            throw parseError("Unsupported start tag \"\" at byte offset " + byteOffset(text, start));
        }
        int end = text.indexOf('>', start);
        if (end < 0) {
            throw parseError("Unclosed start tag at byte offset " + byteOffset(text, start));
        }
        String inner = text.substring(start + 1, end).trim();
        boolean closing = inner.startsWith("/");
        String name = (closing ? inner.substring(1) : inner).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
        if (!closing) {
            if (!TAGS.contains(name)) {
                throw parseError("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(text, start));
            }
            open.push(name);
        } else if (open.isEmpty()) {
            throw parseError("Unexpected end tag at byte offset " + byteOffset(text, start));
        } else if (!open.peek().equals(name)) {
            throw parseError("Unmatched end tag at byte offset " + byteOffset(text, start) + ", expected \"</"
                    + open.peek() + ">\", found \"</" + name + ">\"");
        } else {
            open.pop();
        }
        return end + 1;
    }

    private static int entity(String text, int start, StringBuilder out) {
        int end = text.indexOf(';', start);
        String name = end < 0 || end - start > 10 ? "" : text.substring(start + 1, end);
        String decoded = switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> numeric(name);
        };
        if (decoded == null) {
            // Telegram keeps an ampersand that does not start a known entity as a literal character.
            out.append('&');
            return start + 1;
        }
        out.append(decoded);
        return end + 1;
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int byteOffset(String text, int index) {
        return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiException parseError(String detail) {
        return ApiException.badRequest("can't parse entities: " + detail);
    }
}
