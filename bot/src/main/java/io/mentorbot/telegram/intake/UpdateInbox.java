package io.mentorbot.telegram.intake;

import java.io.IOException;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import io.mentorbot.accounts.AccountDesk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The update inbox: every update is stored, keyed by its {@code update_id}, before anyone handles it. Storing
 * twice is a no-op and claiming is a conditional update, so a redelivered update is applied at most once.
 */
@Component
class UpdateInbox {

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

    /** The chat's lock, the claim and the account of the chat's user: see {@link #lockAndClaimOldest}. */
    private static final String LOCK_AND_CLAIM = """
            SELECT pg_advisory_xact_lock(hashtextextended('telegram-chat', ?));
            WITH claimed AS (
                UPDATE telegram_updates SET handled_at = now(), attempts = attempts + 1
                 WHERE update_id = (SELECT update_id FROM telegram_updates
                                     WHERE chat_id = ? AND handled_at IS NULL AND update_id <= ?
                                     ORDER BY update_id LIMIT 1)
                   AND handled_at IS NULL
                RETURNING update_id, chat_id, CASE WHEN update_id = ? THEN NULL ELSE payload END AS payload)
            SELECT claimed.update_id, claimed.payload, c.dialog, c.step, c.draft::text AS draft
              FROM claimed LEFT JOIN conversations c ON c.chat_id = claimed.chat_id;
            """ + AccountDesk.ACCOUNT_OF_TELEGRAM_ID;

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;
    private final AccountDesk accounts;

    UpdateInbox(JdbcClient jdbc, JdbcTemplate statements, AccountDesk accounts) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.accounts = accounts;
    }

    /**
     * Stores a batch of received updates with one statement (atomic on its own: no transaction, no separate commit,
     * one round trip for the whole batch), each as Telegram sent it; returns the updates that were new, in the
     * batch's order (a redelivered one is stored already).
     */
    List<ReceivedUpdate> recordAll(List<ReceivedUpdate> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        Long[] ids = new Long[updates.size()];
        Long[] chats = new Long[updates.size()];
        String[] payloads = new String[updates.size()];
        for (int i = 0; i < updates.size(); i++) {
            ids[i] = updates.get(i).updateId();
            chats[i] = updates.get(i).chatKey();
            payloads[i] = updates.get(i).json();
        }
        Set<Long> stored = new HashSet<>(jdbc.sql("""
                INSERT INTO telegram_updates (update_id, chat_id, payload)
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]))
                ON CONFLICT (update_id) DO NOTHING
                RETURNING update_id
                """).params(ids, chats, payloads).query(Long.class).list());
        List<ReceivedUpdate> fresh = new ArrayList<>();
        for (ReceivedUpdate update : updates) {
            if (stored.remove(update.updateId())) { // a repeated id within the batch counts once
                fresh.add(update);
            }
        }
        return fresh;
    }

    /** Stores a received update; false when it was already stored (a redelivery). */
    boolean record(ReceivedUpdate update) {
        return !recordAll(List.of(update)).isEmpty();
    }

    /** Claims an update for handling in the current transaction; false if it is handled already. */
    boolean claim(long updateId) {
        return jdbc.sql("""
                UPDATE telegram_updates SET handled_at = now(), attempts = attempts + 1
                 WHERE update_id = ? AND handled_at IS NULL
                """).param(updateId).update() == 1;
    }

    /**
     * Takes the chat's lock until the current transaction ends, on every instance sharing the database, then claims
     * the chat's oldest unhandled update up to and including {@code upTo} and returns it with the chat's
     * conversation as it stands; empty when none is left.
     *
     * <p>Two statements sent in one round trip. They stay two: each statement reads the database as of its own
     * start, so the claim, starting after the lock is granted, sees everything the chat's previous holder
     * committed. (In one statement its snapshot would predate the wait for the lock.) The lock's key is a 64-bit
     * hash of the chat, so it does not collide with other advisory locks (a hash collision only serializes two
     * chats). Holding it, nobody else claims for the chat between the choice and the claim.
     *
     * <p>A third statement in the same round trip reads the account of the Telegram user whose id is the chat's (the
     * user of a private chat) for the update's visit ({@link AccountDesk#readAlong}); in other chats the visit reads
     * it itself.
     */
    Optional<Stored> lockAndClaimOldest(long chatKey, long upTo, ReceivedUpdate inHand) {
        long known = inHand == null ? -1 : inHand.updateId();
        return Optional.ofNullable(statements.execute(LOCK_AND_CLAIM, (PreparedStatementCallback<Stored>) claim -> {
            claim.setLong(1, chatKey);
            claim.setLong(2, chatKey);
            claim.setLong(3, upTo);
            claim.setLong(4, known);
            claim.setLong(5, chatKey);
            claim.execute(); // the lock's result comes first
            if (!claim.getMoreResults()) {
                throw new IllegalStateException("The claim returned no result");
            }
            Stored stored;
            try (ResultSet rs = claim.getResultSet()) {
                if (!rs.next()) {
                    return null;
                }
                String payload = rs.getString("payload");
                stored = new Stored(rs.getLong("update_id"), payload == null ? inHand.json() : payload,
                        rs.getString("dialog"), rs.getString("step"), rs.getString("draft"));
            }
            if (claim.getMoreResults()) {
                try (ResultSet rs = claim.getResultSet()) {
                    accounts.readAlong(chatKey, rs);
                }
            }
            return stored;
        }));
    }

    /**
     * A claimed update: its JSON (the caller's own copy when it had the update in hand, received just now, else the
     * stored one), read on demand, so an unreadable update fails inside the handling; and its chat's conversation at
     * the claim ({@code dialog} null: none).
     */
    record Stored(long updateId, String json, String dialog, String step, String draft) {
        Update update() {
            return read(json);
        }
    }

    /** A stored update, read; empty when it is not stored or cannot be read. */
    Optional<Update> load(long updateId) {
        return jdbc.sql("SELECT payload FROM telegram_updates WHERE update_id = ?")
                .param(updateId)
                .query(String.class)
                .optional()
                .flatMap(json -> {
                    try {
                        return Optional.of(read(json));
                    } catch (IllegalStateException e) {
                        return Optional.empty();
                    }
                });
    }

    /** The chat key stored with an update, if the update is stored. */
    Optional<Long> chatOf(long updateId) {
        return jdbc.sql("SELECT chat_id FROM telegram_updates WHERE update_id = ?")
                .param(updateId).query(Long.class).optional();
    }

    /** Updates stored at least {@code age} ago (database time) and not handled yet, oldest first. */
    List<Pending> orphans(Duration age, int limit) {
        return jdbc.sql("""
                SELECT update_id, chat_id FROM telegram_updates
                 WHERE handled_at IS NULL AND received_at <= now() - make_interval(secs => ?)
                 ORDER BY update_id LIMIT ?
                """)
                .params(age.toMillis() / 1000.0, limit)
                .query((rs, n) -> new Pending(rs.getLong("update_id"), rs.getLong("chat_id")))
                .list();
    }

    /** Updates stored but not handled yet (e.g. the process died), oldest first. */
    List<Pending> pending() {
        return jdbc.sql("SELECT update_id, chat_id FROM telegram_updates WHERE handled_at IS NULL ORDER BY update_id")
                .query((rs, n) -> new Pending(rs.getLong("update_id"), rs.getLong("chat_id")))
                .list();
    }

    /**
     * Forgets updates handled more than {@code age} ago (database time), but never the newest stored one: the poll
     * offset continues from it. Returns how many were forgotten.
     */
    int forgetHandledBefore(Duration age) {
        return jdbc.sql("""
                DELETE FROM telegram_updates
                 WHERE handled_at < now() - make_interval(secs => ?)
                   AND update_id < (SELECT max(update_id) FROM telegram_updates)
                """).param(age.toMillis() / 1000.0).update();
    }

    /** The offset to poll from: one past the newest stored update (0 when the inbox is empty). */
    long nextOffset() {
        return jdbc.sql("SELECT coalesce(max(update_id) + 1, 0) FROM telegram_updates").query(Long.class).single();
    }

    record Pending(long updateId, long chatKey) {
    }

    static Update read(String json) {
        try {
            return JSON.readValue(json, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored update", e);
        }
    }
}
