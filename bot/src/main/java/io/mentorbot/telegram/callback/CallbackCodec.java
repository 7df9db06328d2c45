package io.mentorbot.telegram.callback;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.callback.CallbackAction.CancelDialog;
import io.mentorbot.telegram.callback.CallbackAction.ChooseLanguage;
import io.mentorbot.telegram.callback.CallbackAction.ChooseTimeZone;
import io.mentorbot.telegram.callback.CallbackAction.ConfirmErase;
import io.mentorbot.telegram.callback.CallbackAction.KeepAccount;
import io.mentorbot.telegram.callback.CallbackAction.MenuItem;
import io.mentorbot.telegram.callback.CallbackAction.OpenMenu;

/**
 * Turns {@link CallbackAction}s into Telegram callback data ({@code v1:<verb>:<arg>...}, at most 64 bytes)
 * and back. Decoding accepts nothing it did not make: unknown versions, verbs or malformed arguments are empty.
 */
public final class CallbackCodec {

    /** Telegram's limit for callback_data. */
    public static final int MAX_BYTES = 64;
    private static final String VERSION = "v1";

    private static final Map<String, Function<List<String>, CallbackAction>> DECODERS = Map.of(
            "menu", args -> new OpenMenu(MenuItem.of(single(args))),
            "lang", args -> new ChooseLanguage(Language.fromTag(single(args)).orElseThrow()),
            "tz", args -> new ChooseTimeZone(ZoneId.of(single(args)).getId()),
            "erase", args -> new ConfirmErase(Long.parseLong(single(args))),
            "keep", args -> none(args, new KeepAccount()),
            "cancel", args -> none(args, new CancelDialog()));

    private CallbackCodec() {
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

    public static Optional<CallbackAction> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        if (parts.length < 2 || !VERSION.equals(parts[0]) || !DECODERS.containsKey(parts[1])) {
            return Optional.empty();
        }
        try {
            List<String> args = Arrays.asList(parts).subList(2, parts.length);
            return Optional.of(DECODERS.get(parts[1]).apply(args));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String single(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("one argument expected");
        }
        return args.get(0);
    }

    private static CallbackAction none(List<String> args, CallbackAction action) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("no arguments expected");
        }
        return action;
    }
}
