package io.mentorbot.sandbox.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of one request, whatever its encoding: JSON values keep their JSON types, form and multipart
 * values are strings (except JSON fields such as reply_markup), uploaded file parts are kept apart.
 */
final class Params {

    /** An uploaded multipart file part. */
    record Upload(String fileName, String contentType, byte[] bytes) {
    }

    private final Map<String, Object> values;
    private final Map<String, Upload> uploads;

    Params(Map<String, Object> values, Map<String, Upload> uploads) {
        this.values = values;
        this.uploads = uploads;
    }

    String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    Long optLong(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid " + name + " specified");
        }
    }

    int intValue(String name, int defaultValue) {
        Long value = optLong(name);
        return value == null ? defaultValue : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    boolean bool(String name) {
        Object value = values.get(name);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** A JSON-typed field; a string that is still JSON text here means the client sent malformed JSON. */
    Object json(String name) {
        Object value = values.get(name);
        if (value instanceof String s && !s.isBlank()) {
            throw ApiException.badRequest("can't parse " + name.replace('_', ' ') + " JSON object");
        }
        return value instanceof String ? null : value;
    }

    /** The uploaded part a field refers to ("attach://name"), or a part named like the field itself. */
    Upload upload(String name) {
        String value = string(name);
        if (value != null && value.startsWith("attach://")) {
            Upload upload = uploads.get(value.substring("attach://".length()));
            if (upload == null) {
                throw ApiException.badRequest("wrong remote file identifier specified: can't unserialize it");
            }
            return upload;
        }
        return uploads.get(name);
    }

    /** The uploaded part an "attach://name" reference inside a JSON field names, if there is one. */
    Upload attached(String reference) {
        return reference != null && reference.startsWith("attach://")
                ? uploads.get(reference.substring("attach://".length())) : null;
    }

    /** What {@link RecordedCall#params()} shows. */
    Map<String, Object> recorded() {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        uploads.forEach((part, upload) -> copy.put(part, Map.of("file_name", String.valueOf(upload.fileName()),
                "mime_type", String.valueOf(upload.contentType()), "size", upload.bytes().length)));
        return Collections.unmodifiableMap(copy);
    }
}
