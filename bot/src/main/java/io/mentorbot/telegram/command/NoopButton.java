package io.mentorbot.telegram.command;

import io.mentorbot.telegram.callback.CallbackAction.Noop;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** Calendar headers and empty days: answered silently, nothing to do. */
@Component
class NoopButton implements ButtonHandler<Noop> {

    @Override
    public Class<Noop> action() {
        return Noop.class;
    }

    @Override
    public void handle(Turn turn, Noop action) {
        // the router answers the press; there is nothing else to do
    }
}
