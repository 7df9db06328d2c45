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
public class ConversationStore implements ScreenMemory {

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

    /** One conditional statement: the chat may have answered or left the dialog while the question was sent. */
    @Override
    public void remember(long chatId, String dialog, int messageId) {
        jdbc.sql("""
                UPDATE conversations
                   SET draft = jsonb_set(draft, '{%s}', to_jsonb(?::text)), updated_at = now()
                 WHERE chat_id = ? AND dialog = ? AND coalesce(draft ->> '%s', '') = ''
                """.formatted(QuestionScreen.KEY, QuestionScreen.KEY))
                .params(Integer.toString(messageId), chatId, dialog)
                .update();
    }

    /**
     * The chat's dialog {@code dialog} remembers {@code screen} (a message id, or "" when the id comes later) as its
     * question screen; the rest of its draft stays as stored (a command waiting for "Leave" included).
     */
    void rememberNow(long chatId, String dialog, String screen) {
        jdbc.sql("""
                UPDATE conversations
                   SET draft = jsonb_set(draft, '{%s}', to_jsonb(?::text)), updated_at = now()
                 WHERE chat_id = ? AND dialog = ?
                """.formatted(QuestionScreen.KEY))
                .params(screen, chatId, dialog)
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
