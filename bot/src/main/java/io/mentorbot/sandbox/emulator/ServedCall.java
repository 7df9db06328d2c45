package io.mentorbot.sandbox.emulator;

import java.util.Map;

/**
 * One Bot API call the emulator has served successfully.
 *
 * @param method the method name in lower case, e.g. {@code getupdates}
 * @param params the parameters, as in {@link RecordedCall}
 * @param result the result sent back: for getUpdates the list of updates handed out, each a map with update_id
 */
public record ServedCall(String method, Map<String, Object> params, Object result) {
}
