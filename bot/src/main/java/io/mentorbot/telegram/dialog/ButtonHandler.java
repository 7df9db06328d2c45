package io.mentorbot.telegram.dialog;

import io.mentorbot.telegram.callback.CallbackAction;

/** Reacts to one kind of button. Must re-check that the pressing user may do what the button asks. */
public interface ButtonHandler<A extends CallbackAction> {

    Class<A> action();

    void handle(Turn turn, A action);
}
