package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code telegram_outbox}. A row is claimed by one conditional update that takes, per chat, only the oldest pending
 * row, and only while nobody else holds it ({@code FOR UPDATE SKIP LOCKED} plus a lease), so two instances never
 * send one row at once and one chat's messages go in order. Times are the database's: leases and retry times must
 * mean the same to every instance.
 */
@Repository
class OutboxStore {

    record Row(long id, long chatId, String method, String payload, int attempts) {
    }

    private static final String PENDING = "sent_at IS NULL AND dropped_at IS NULL";
    private static final String FREE = "(claimed_until IS NULL OR claimed_until < now())";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a message in the caller's transaction. */
    long add(long chatId, String method, String payload) {
        return jdbc.sql("INSERT INTO telegram_outbox (chat_id, method, payload) VALUES (?, ?, ?) RETURNING id")
                .params(chatId, method, payload).query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} rows that are due, each the oldest pending row of its chat. Walks the pending rows in
     * the order they fell due ({@code telegram_outbox_queue}) and asks, per row, whether an older one of its chat
     * still waits ({@code telegram_outbox_pending}), so a claim costs about the rows it takes, however many wait.
     * A chat whose replies to its user's last action are committed and not yet out (see {@link Outbox#REPLIES_LEASE}) gets nothing
     * before them: a booking's file never overtakes the screen that says "Booked!".
     */
    List<Row> claim(int limit, String instance, Duration lease) {
        return jdbc.sql("""
                WITH ready AS (
                    SELECT o.id FROM telegram_outbox o
                    WHERE o.sent_at IS NULL AND o.dropped_at IS NULL AND o.not_before <= now()
                      AND (o.claimed_until IS NULL OR o.claimed_until < now())
                      AND NOT EXISTS (SELECT 1 FROM telegram_outbox e
                                      WHERE e.chat_id = o.chat_id AND e.id < o.id
                                        AND e.sent_at IS NULL AND e.dropped_at IS NULL)
                      AND NOT EXISTS (SELECT 1 FROM telegram_replies r
                                      WHERE r.chat_id = o.chat_id
                                        AND r.claimed_at > now() - make_interval(secs => ?))
                    ORDER BY o.not_before, o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED
                )
                UPDATE telegram_outbox t SET claimed_by = ?, claimed_until = now() + ? * interval '1 millisecond',
                       attempts = t.attempts + 1
                FROM ready WHERE t.id = ready.id AND t.sent_at IS NULL AND t.dropped_at IS NULL
                RETURNING t.id, t.chat_id, t.method, t.payload, t.attempts
                """)
                .params(Outbox.REPLIES_LEASE.toMillis() / 1000.0, limit, instance, lease.toMillis())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** When the next pending row that nobody holds becomes due, if one waits for a later time. */
    Optional<Duration> nextDueIn() {
        Long millis = jdbc.sql("SELECT (EXTRACT(EPOCH FROM min(not_before) - now()) * 1000)::bigint FROM telegram_outbox WHERE "
                        + PENDING + " AND " + FREE + " AND not_before > now()")
                .query(Long.class).optional().orElse(null);
        return Optional.ofNullable(millis).map(Duration::ofMillis);
    }

    /**
     * Marks the row sent; returns whether another message to its chat waits (pending, whether due or not), which
     * becomes claimable only now. Read in the same statement, as of its start.
     */
    boolean sent(Row row, String instance) {
        return Boolean.TRUE.equals(jdbc.sql("""
                WITH s AS (
                    UPDATE telegram_outbox SET sent_at = now(), claimed_until = NULL WHERE id = ? AND claimed_by = ?
                    RETURNING id, chat_id)
                SELECT EXISTS (SELECT 1 FROM s JOIN telegram_outbox e ON e.chat_id = s.chat_id
                                WHERE e.id <> s.id AND e.sent_at IS NULL AND e.dropped_at IS NULL)
                """).params(row.id(), instance).query(Boolean.class).single());
    }

    /** Gives the row back to be tried after {@code wait}; {@code counts} false when the attempt did not happen. */
    void retry(Row row, String instance, Duration wait, boolean counts, String error) {
        jdbc.sql("""
                UPDATE telegram_outbox SET claimed_until = NULL, claimed_by = NULL,
                       not_before = now() + ? * interval '1 millisecond', attempts = attempts - ?,
                       last_error = coalesce(left(?, 255), last_error)
                WHERE id = ? AND claimed_by = ?
                """).params(wait.toMillis(), counts ? 0 : 1, error, row.id(), instance).update();
    }

    void drop(Row row, String error) {
        jdbc.sql("UPDATE telegram_outbox SET dropped_at = now(), claimed_until = NULL, last_error = left(?, 255) WHERE id = ?")
                .params(error, row.id()).update();
    }

    /** Drops everything still waiting for this chat (its user blocked the bot). */
    void dropChat(long chatId, String error) {
        jdbc.sql("UPDATE telegram_outbox SET dropped_at = now(), claimed_until = NULL, last_error = left(?, 255) "
                + "WHERE chat_id = ? AND " + PENDING).params(error, chatId).update();
    }

    /** Deletes every message of the chat, sent or not (its user erased their account). */
    void forgetChat(long chatId) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE chat_id = ?").param(chatId).update();
    }

    /** Deletes the delivered (or given up) messages of any chat that match one of these {@code ILIKE} patterns. */
    void forgetDoneMentioning(String[] patterns) {
        jdbc.sql("DELETE FROM telegram_outbox WHERE (sent_at IS NOT NULL OR dropped_at IS NOT NULL)"
                + " AND payload ILIKE ANY(CAST(? AS text[]))").param(patterns).update();
    }

    int forgetSentBefore(Duration age) {
        return jdbc.sql("DELETE FROM telegram_outbox WHERE sent_at < now() - ? * interval '1 millisecond'")
                .param(age.toMillis()).update();
    }
}
