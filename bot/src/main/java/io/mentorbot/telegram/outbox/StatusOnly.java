package io.mentorbot.telegram.outbox;

import java.io.IOException;
import java.io.Serializable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mentorbot.telegram.SameRequest;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A Bot API call whose result the bot does not use (a reply, an edited screen, an answered button): sent exactly as
 * the wrapped method, but a successful answer is only checked for {@code "ok": true} instead of being read into
 * objects. For {@code sendMessage} and {@code editMessageText} the result is the whole message with its keyboard,
 * and reading it cost more than everything else the client does for the call. A refusal is still read by the
 * wrapped method, so its error code and {@code retry_after} reach the gateway as usual.
 */
final class StatusOnly extends SameRequest<Boolean, BotApiMethod<? extends Serializable>> {

    private static final JsonFactory JSON = new JsonFactory();

    StatusOnly(BotApiMethod<? extends Serializable> call) {
        super(call);
    }

    @Override
    public Boolean deserializeResponse(String answer) throws TelegramApiRequestException {
        if (succeeded(answer)) {
            return Boolean.TRUE;
        }
        call().deserializeResponse(answer); // throws the refusal with its code and parameters
        throw new TelegramApiRequestException("Unexpected answer to " + getMethod());
    }

    /** True when the answer's top-level {@code ok} is true; stops reading as soon as it is found. */
    static boolean succeeded(String answer) {
        try (JsonParser parser = JSON.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("ok".equals(field)) {
                    return value == JsonToken.VALUE_TRUE;
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // unreadable: the wrapped method reports it
        }
    }
}
