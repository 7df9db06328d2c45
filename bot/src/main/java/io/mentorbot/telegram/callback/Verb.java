package io.mentorbot.telegram.callback;

import java.util.Objects;
import java.util.function.Function;

/**
 * One verb of the callback data, owned by the action it names: the verb, how many arguments follow it, and how they
 * rebuild the action. The decoder may throw on a malformed argument; the codec turns that into nothing.
 */
public record Verb<A extends CallbackAction>(String name, int arity, Class<A> action, Function<Args, A> decoder) {

    public Verb {
        Objects.requireNonNull(name);
        Objects.requireNonNull(action);
        Objects.requireNonNull(decoder);
        if (name.isEmpty() || name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A verb is a non-empty word without ':': " + name);
        }
    }

    public static <A extends CallbackAction> Verb<A> of(String name, int arity, Class<A> action,
                                                        Function<Args, A> decoder) {
        return new Verb<>(name, arity, action, decoder);
    }

    /** A verb without arguments, always the same action. */
    public static <A extends CallbackAction> Verb<A> of(String name, Class<A> action, A only) {
        return new Verb<>(name, 0, action, args -> only);
    }
}
