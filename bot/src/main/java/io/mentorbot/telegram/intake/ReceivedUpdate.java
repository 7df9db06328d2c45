package io.mentorbot.telegram.intake;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * An update as Telegram sent it: its id, the chat it belongs to (see {@link #chatKey}) and its JSON exactly as
 * received. This is what the inbox stores. Reading an update into TelegramBots' objects is the costliest part of
 * receiving it (a button press carries the whole message with its keyboard), so it is read once, by the handler,
 * not by the receiver too; the receiver only picks these two numbers out of the JSON.
 *
 * <p>The chat key: the chat of the message, of the pressed button's message (else the presser: an inline button
 * has no chat), or of the edited message; 0 for anything else. Updates with the same key are handled one after
 * another, in order.
 */
record ReceivedUpdate(long updateId, long chatKey, String json) implements Serializable {

    private static final JsonFactory JSON = new JsonFactory();

    /** One update object (a webhook call's body); empty when it is not a JSON object with a numeric update_id. */
    static Optional<ReceivedUpdate> parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<ReceivedUpdate> update = read(parser, json);
            return parser.nextToken() == null ? update : Optional.empty(); // nothing may follow the object
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The updates of a successful {@code getUpdates} answer ({@code {"ok": true, "result": [...]}}), in its order;
     * empty when the answer is not a success (the caller reads the refusal).
     */
    static Optional<List<ReceivedUpdate>> batch(String answer) throws IOException {
        try (JsonParser parser = JSON.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            boolean ok = false;
            List<ReceivedUpdate> updates = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("ok".equals(field)) {
                    ok = value == JsonToken.VALUE_TRUE;
                } else if ("result".equals(field) && value == JsonToken.START_ARRAY) {
                    updates = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Optional<ReceivedUpdate> update = read(parser, answer);
                        if (update.isEmpty()) {
                            throw new IOException("An update without update_id in the answer to getUpdates");
                        }
                        updates.add(update.get());
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        throw new IOException("The answer to getUpdates holds something other than updates");
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return ok && updates != null ? Optional.of(updates) : Optional.empty();
        }
    }

    /** Reads the object the parser is at (its START_OBJECT); leaves the parser at its END_OBJECT. */
    private static Optional<ReceivedUpdate> read(JsonParser parser, String source) throws IOException {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        Long updateId = null;
        Long message = null;
        Long edited = null;
        Long buttonMessage = null;
        Long presser = null;
        boolean hasMessage = false;
        boolean hasButton = false;
        boolean hasEdited = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "update_id" -> updateId = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                case "message" -> {
                    hasMessage = value == JsonToken.START_OBJECT;
                    message = chatOf(parser);
                }
                case "edited_message" -> {
                    hasEdited = value == JsonToken.START_OBJECT;
                    edited = chatOf(parser);
                }
                case "callback_query" -> {
                    hasButton = value == JsonToken.START_OBJECT;
                    if (hasButton) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String inner = parser.currentName();
                            parser.nextToken();
                            if ("message".equals(inner)) {
                                buttonMessage = chatOf(parser);
                            } else if ("from".equals(inner)) {
                                presser = idOf(parser);
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (updateId == null) {
            return Optional.empty();
        }
        int end = (int) parser.currentLocation().getCharOffset();
        long chatKey;
        if (hasMessage) {
            chatKey = orZero(message);
        } else if (hasButton) {
            chatKey = buttonMessage != null ? buttonMessage : orZero(presser);
        } else if (hasEdited) {
            chatKey = orZero(edited);
        } else {
            chatKey = 0;
        }
        return Optional.of(new ReceivedUpdate(updateId, chatKey, source.substring(start, end)));
    }

    /** The {@code chat.id} of the message object the parser is at; null without one. */
    private static Long chatOf(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Long chat = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("chat".equals(field)) {
                chat = idOf(parser);
            } else {
                parser.skipChildren();
            }
        }
        return chat;
    }

    /** The {@code id} of the object the parser is at (a chat, a user); null without one. */
    private static Long idOf(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Long id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("id".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                id = parser.getLongValue();
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
