package io.mentorbot.sandbox.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a query string plus a JSON, urlencoded or multipart body into {@link Params}. */
final class RequestParser {

    /** Fields that carry JSON even inside form or multipart requests. */
    private static final Set<String> JSON_FIELDS = Set.of("reply_markup", "entities", "caption_entities", "scope",
            "commands", "allowed_updates", "reply_parameters", "link_preview_options", "media");

    private final ObjectMapper mapper;

    RequestParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Params parse(String rawQuery, String contentType, byte[] body) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Params.Upload> uploads = new LinkedHashMap<>();
        urlEncoded(rawQuery, values);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0 && type.startsWith("application/json")) {
            try {
                values.putAll(mapper.readValue(body, Map.class));
            } catch (Exception e) {
                throw ApiException.badRequest("can't parse JSON encoded request body");
            }
        } else if (type.startsWith("multipart/form-data")) {
            multipart(body, boundary(contentType), values, uploads);
        } else if (body.length > 0) {
            urlEncoded(new String(body, StandardCharsets.UTF_8), values);
        }
        values.replaceAll(this::jsonField);
        return new Params(values, uploads);
    }

    private Object jsonField(String name, Object value) {
        if (value instanceof String s && JSON_FIELDS.contains(name)) {
            try {
                return mapper.readValue(s, Object.class);
            } catch (Exception e) {
                return s; // Left as text so that the method reports Telegram's own parse error.
            }
        }
        return value;
    }

    private static void urlEncoded(String text, Map<String, Object> values) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return p.substring("boundary=".length()).replace("\"", "");
            }
        }
        throw ApiException.badRequest("multipart boundary is missing");
    }

    private static void multipart(byte[] body, String boundary, Map<String, Object> values,
            Map<String, Params.Upload> uploads) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return; // closing delimiter
            }
            start += 2; // the CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (next < 0 || headerEnd < 0 || headerEnd > next) {
                throw ApiException.badRequest("malformed multipart body");
            }
            String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, Math.max(headerEnd + 4, next - 2));
            String name = headerParam(headers, "name");
            String fileName = headerParam(headers, "filename");
            if (name != null && fileName != null) {
                uploads.put(name, new Params.Upload(fileName, header(headers, "content-type"), content));
            } else if (name != null) {
                values.put(name, new String(content, StandardCharsets.UTF_8));
            }
            pos = next;
        }
    }

    private static String headerParam(String headers, String param) {
        String disposition = header(headers, "content-disposition");
        if (disposition == null) {
            return null;
        }
        for (String part : disposition.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith(param + "=")) {
                String value = p.substring(param.length() + 1);
                return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
