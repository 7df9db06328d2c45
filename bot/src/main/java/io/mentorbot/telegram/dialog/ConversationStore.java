package io.mentorbot.telegram.dialog;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
     * The conversation in a row of this table read by another statement ({@code dialog} null: none), such as the
     * claim of an update, which reads the chat's conversation in the same round trip.
     */
    public Optional<Conversation> of(long chatId, String dialog, String step, String draft) {
        return dialog == null ? Optional.empty() : Optional.of(new Conversation(chatId, dialog, step, read(draft)));
    }

    /** The chat's conversation as stored. A turn knows its chat's conversation already: {@link Turn#conversation()}. */
    public Optional<Conversation> find(long chatId) {
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
    }

    public void clear(long chatId) {
        jdbc.sql("DELETE FROM conversations WHERE chat_id = ?").param(chatId).update();
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
