package io.mentorbot.sandbox.emulator;

import java.time.Instant;
import java.util.Map;

/**
 * One Bot API request received by the emulator.
 *
 * @param method the method name in lower case, e.g. {@code sendmessage}
 * @param params the parameters; multipart text fields stay strings except JSON fields such as reply_markup,
 *               which are parsed; uploaded files appear as a map with file_name, mime_type and size
 * @param at     when the request arrived
 */
public record RecordedCall(String method, Map<String, Object> params, Instant at) {
}
