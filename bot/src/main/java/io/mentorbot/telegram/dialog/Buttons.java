package io.mentorbot.telegram.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.CallbackCodec;
import org.springframework.stereotype.Component;

/**
 * Every button of the application: the {@link ButtonHandler} beans, one per action. Reads callback data with the
 * verbs of exactly those actions, so whatever decodes has a handler. Two handlers for one action, or two actions with
 * one verb, stop the application at start.
 */
@Component
public class Buttons {

    private final Map<Class<?>, ButtonHandler<?>> handlers = new HashMap<>();
    private final CallbackCodec codec;

    Buttons(List<ButtonHandler<?>> handlers) {
        for (ButtonHandler<?> handler : handlers) {
            if (this.handlers.putIfAbsent(handler.action(), handler) != null) {
                throw new IllegalStateException("Two button handlers claim " + handler.action().getName());
            }
        }
        this.codec = CallbackCodec.of(handlers.stream().map(ButtonHandler::verb).toList());
    }

    /** The action in a button's callback data, if it is one the application made. */
    public Optional<CallbackAction> read(String data) {
        return codec.decode(data);
    }

    /** Answers a pressed button (one that {@link #read} returned). */
    public void press(Turn turn, CallbackAction action) {
        ButtonHandler<?> handler = handlers.get(action.getClass());
        if (handler == null) {
            throw new IllegalArgumentException("No button handler for " + action.getClass().getName());
        }
        handler.handle(turn, action);
    }
}
