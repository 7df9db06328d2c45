package io.mentorbot.telegram.callback;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@link CallbackAction}s into Telegram callback data ({@code v1:<verb>:<arg>...}, at most 64 bytes) and back.
 * It knows no action itself: it is made of the {@link Verb}s the actions own, and only dispatches by verb.
 * Decoding accepts nothing it did not make: unknown versions, verbs or malformed arguments are empty.
 */
public final class CallbackCodec {

    /** Telegram's limit for callback_data. */
    public static final int MAX_BYTES = 64;
    private static final String VERSION = "v1";

    private final Map<String, Verb<?>> verbs;

    private CallbackCodec(Map<String, Verb<?>> verbs) {
        this.verbs = verbs;
    }

    /** A codec reading these verbs; two verbs of one name are a mistake, refused here. */
    public static CallbackCodec of(Collection<? extends Verb<?>> verbs) {
        Map<String, Verb<?>> byName = new HashMap<>();
        for (Verb<?> verb : verbs) {
            Verb<?> earlier = byName.putIfAbsent(verb.name(), verb);
            if (earlier != null) {
                throw new IllegalStateException("The verb '" + verb.name() + "' is claimed by both "
                        + earlier.action().getName() + " and " + verb.action().getName());
            }
        }
        return new CallbackCodec(Map.copyOf(byName));
    }

    public static String encode(CallbackAction action) {
        StringBuilder data = new StringBuilder(VERSION).append(':').append(action.verb());
        for (String arg : action.args()) {
            if (arg.indexOf(':') >= 0) {
                throw new IllegalArgumentException("Callback argument must not contain ':': " + arg);
            }
            data.append(':').append(arg);
        }
        String encoded = data.toString();
        if (encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("Callback data over " + MAX_BYTES + " bytes: " + encoded);
        }
        return encoded;
    }

    public Optional<CallbackAction> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        Verb<?> verb = parts.length < 2 || !VERSION.equals(parts[0]) ? null : verbs.get(parts[1]);
        if (verb == null || parts.length - 2 != verb.arity()) {
            return Optional.empty();
        }
        try {
            return Optional.of(verb.decoder().apply(new Args(Arrays.asList(parts).subList(2, parts.length))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
