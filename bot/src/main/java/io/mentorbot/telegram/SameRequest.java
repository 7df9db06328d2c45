package io.mentorbot.telegram;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonValue;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * A Bot API call sent exactly as the wrapped library method (same name, same body, same validation) whose answer is
 * read differently: subclasses decide what to make of Telegram's answer.
 *
 * @param <T> what the answer is read into
 * @param <M> the wrapped method
 */
public abstract class SameRequest<T extends Serializable, M extends BotApiMethod<?>> extends BotApiMethod<T> {

    private final M call;

    protected SameRequest(M call) {
        this.call = call;
    }

    /** The wrapped method: it is also the request body. */
    @JsonValue
    public final M call() {
        return call;
    }

    @Override
    public final String getMethod() {
        return call.getMethod();
    }

    @Override
    public final void validate() throws TelegramApiValidationException {
        call.validate();
    }
}
