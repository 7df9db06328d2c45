package io.mentorbot.telegram.dialog;

import java.util.Objects;
import java.util.function.BiConsumer;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/**
 * The one way a button is registered: a bean made with {@link #of}, pairing the verb of one action with what
 * answers it. Each feature declares its buttons' beans next to its screens. The handler must re-check that the
 * pressing user may do what the button asks.
 */
public record ButtonHandler<A extends CallbackAction>(Verb<A> verb, BiConsumer<Turn, A> handler) {

    public ButtonHandler {
        Objects.requireNonNull(verb);
        Objects.requireNonNull(handler);
    }

    public static <A extends CallbackAction> ButtonHandler<A> of(Verb<A> verb, BiConsumer<Turn, A> handler) {
        return new ButtonHandler<>(verb, handler);
    }

    /** The action this handler answers. */
    public Class<A> action() {
        return verb.action();
    }

    void handle(Turn turn, CallbackAction pressed) {
        handler.accept(turn, verb.action().cast(pressed));
    }
}
