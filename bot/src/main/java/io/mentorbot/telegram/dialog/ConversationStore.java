package io.mentorbot.telegram.dialog;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorbot.database.TransactionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Persists each chat's {@link Conversation} in the {@code conversations} table. */
@Component
public class ConversationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DRAFT = new TypeReference<>() { };

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The chat's conversation as read together with the claim of the update this transaction handles ({@code dialog}
     * null: none). Only the chat's own turns change it, one at a time (the chat's lock), so until the transaction ends
     * finds and clears of that chat answer from it and keep it up to date instead of asking the database: no query
     * on most turns, and no DELETE when there is nothing to clear.
     */
    public void knownAtStart(long chatId, String dialog, String step, String draft) {
        TransactionScope.keep(this,
                new Known(chatId, dialog == null ? null : new Conversation(chatId, dialog, step, read(draft))));
    }

    public Optional<Conversation> find(long chatId) {
        Known known = known(chatId);
        if (known != null) {
            return Optional.ofNullable(known.current);
        }
        return jdbc.sql("SELECT dialog, step, draft::text AS draft FROM conversations WHERE chat_id = ?")
                .param(chatId)
                .query((rs, n) -> new Conversation(chatId, rs.getString("dialog"), rs.getString("step"),
                        read(rs.getString("draft"))))
                .optional();
    }

    public void save(Conversation conversation) {
        jdbc.sql("""
                INSERT INTO conversations (chat_id, dialog, step, draft, updated_at)
                VALUES (?, ?, ?, ?::jsonb, now())
                ON CONFLICT (chat_id) DO UPDATE
                   SET dialog = excluded.dialog, step = excluded.step, draft = excluded.draft, updated_at = now()
                """)
                .params(conversation.chatId(), conversation.dialog(), conversation.step(), write(conversation.draft()))
                .update();
        Known known = known(conversation.chatId());
        if (known != null) {
            known.current = conversation;
        }
    }

    public void clear(long chatId) {
        Known known = known(chatId);
        if (known != null && known.current == null) {
            return;
        }
        jdbc.sql("DELETE FROM conversations WHERE chat_id = ?").param(chatId).update();
        if (known != null) {
            known.current = null;
        }
    }

    private Known known(long chatId) {
        return TransactionScope.get(this) instanceof Known known && known.chatId == chatId ? known : null;
    }

    /** The conversation of one chat as this transaction knows it (null: none). */
    private static final class Known {
        private final long chatId;
        private Conversation current;

        Known(long chatId, Conversation current) {
            this.chatId = chatId;
            this.current = current;
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, DRAFT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable conversation draft", e);
        }
    }

    private static String write(Map<String, String> draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
