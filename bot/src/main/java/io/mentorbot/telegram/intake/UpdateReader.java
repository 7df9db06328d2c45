package io.mentorbot.telegram.intake;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** Reads a stored update, as Telegram sent it, into TelegramBots' objects: once per update, by its handler. */
final class UpdateReader {

    // Fields only: TelegramBots' convenience getters (isCommand ...) are not part of the Bot API object. The keyboard
    // of a message is not read: the bot never looks at it in an update, and a pressed button's message carries its
    // whole keyboard, the largest part of reading the update. Objects are filled field by field rather than through
    // their builders (see NoBuilders), and a pressed button's message is read as a Message (see AlwaysMessage).
    private static final ObjectMapper JSON = new ObjectMapper()
            .setAnnotationIntrospector(new NoBuilders())
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addMixIn(InlineKeyboardMarkup.class, KeyboardNotRead.class)
            .addMixIn(MaybeInaccessibleMessage.class, AlwaysMessage.class);

    /**
     * TelegramBots' objects declare Lombok builders for Jackson: every property is set on a builder by reflection and
     * the builder then copies them all into the object (a Message has over a hundred). Objects that have a no-argument
     * constructor are filled directly instead, through their annotated fields: the same properties, a fraction of
     * the work (reading updates took 15% of the handler threads' time).
     */
    private static final class NoBuilders extends JacksonAnnotationIntrospector {
        @Override
        public Class<?> findPOJOBuilder(AnnotatedClass type) {
            Class<?> builder = super.findPOJOBuilder(type);
            return builder != null && Arrays.stream(type.getRawType().getConstructors())
                    .anyMatch(constructor -> constructor.getParameterCount() == 0) ? null : builder;
        }
    }

    /**
     * The message of a pressed button is a Message, or an InaccessibleMessage when Telegram no longer shows its content
     * (date 0). TelegramBots tells them apart by the value of {@code date}, which makes Jackson buffer every field
     * before it; the bot only reads the chat and the message id, which both have, so it is always read as a Message.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    @JsonDeserialize(as = Message.class)
    private abstract static class AlwaysMessage {
    }

    @JsonDeserialize(using = SkipKeyboard.class)
    private abstract static class KeyboardNotRead {
    }

    private static final class SkipKeyboard extends JsonDeserializer<InlineKeyboardMarkup> {
        @Override
        public InlineKeyboardMarkup deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Called at the keyboard's START_OBJECT, or (as for any object) at its first FIELD_NAME: leave it at its
            // END_OBJECT either way.
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                token = parser.nextToken();
            }
            while (token == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
                token = parser.nextToken();
            }
            if (token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            return null;
        }
    }

    private UpdateReader() {
    }

    /** The update in {@code json}; an {@link IllegalStateException} if it cannot be read. */
    static Update read(String json) {
        try {
            return JSON.readValue(json, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored update", e);
        }
    }
}
