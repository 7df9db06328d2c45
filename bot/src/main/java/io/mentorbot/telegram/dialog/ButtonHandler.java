package io.mentorbot.telegram.dialog;

import java.util.function.BiConsumer;

import io.mentorbot.telegram.callback.CallbackAction;

/** Reacts to one kind of button. Must re-check that the pressing user may do what the button asks. */
public interface ButtonHandler<A extends CallbackAction> {

    Class<A> action();

    void handle(Turn turn, A action);

    /** A handler made of a method reference, for screens that answer several buttons. */
    static <A extends CallbackAction> ButtonHandler<A> of(Class<A> action, BiConsumer<Turn, A> handler) {
        return new ButtonHandler<>() {
            @Override
            public Class<A> action() {
                return action;
            }

            @Override
            public void handle(Turn turn, A pressed) {
                handler.accept(turn, pressed);
            }
        };
    }
}
