package io.mentorbot.telegram.callback;

import java.util.List;

/**
 * What a button asks for: a record of one feature's sealed action interface ({@code BookingAction},
 * {@code SlotAction} ...), kept next to the screens that answer it. Each record owns its verb ({@link Verb}): the
 * name in the callback data and how its arguments are read back. Encoded by {@link CallbackCodec}; never trusted:
 * every handler re-checks that the pressing user may do it.
 * <p>
 * This root is not sealed: Java allows a sealed type's subtypes in other packages only inside a named module, and the
 * feature interfaces live in their features' packages. Each of those is sealed.
 */
public interface CallbackAction {

    /** The verb in {@code v1:<verb>:<args>}. */
    String verb();

    /** The arguments, in order. */
    default List<String> args() {
        return List.of();
    }
}
