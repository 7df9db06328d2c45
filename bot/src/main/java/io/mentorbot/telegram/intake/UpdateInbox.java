package io.mentorbot.telegram.intake;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.mentorbot.telegram.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The update inbox: every update is stored, keyed by its {@code update_id}, before anyone handles it. Storing
 * twice is a no-op and claiming is a conditional update, so a redelivered update is applied at most once.
 */
@Component
class UpdateInbox {

    /**
     * The chat's lock, then the claim (unless another instance's replies to the chat are still going out) with the
     * chat's conversation: see {@link #lockAndClaimOldest}.
     */
    private static final String LOCK_AND_CLAIM = """
            SELECT pg_advisory_xact_lock(hashtextextended('telegram-chat', ?));
            WITH answering AS (
                SELECT EXISTS (SELECT 1 FROM telegram_replies
                                WHERE chat_id = ? AND sender <> ?
                                  AND claimed_at > now() - make_interval(secs => ?)) AS elsewhere),
            claimed AS (
                UPDATE telegram_updates SET handled_at = now(), attempts = attempts + 1
                 WHERE update_id = (SELECT update_id FROM telegram_updates
                                     WHERE chat_id = ? AND handled_at IS NULL AND update_id <= ?
                                     ORDER BY update_id LIMIT 1)
                   AND handled_at IS NULL
                   AND NOT (SELECT elsewhere FROM answering)
                RETURNING update_id, chat_id, CASE WHEN update_id = ? THEN NULL ELSE payload END AS payload)
            SELECT answering.elsewhere, claimed.update_id, claimed.payload, c.dialog, c.step, c.draft::text AS draft
              FROM answering LEFT JOIN claimed ON true LEFT JOIN conversations c ON c.chat_id = claimed.chat_id
            """;

    /** How long a chat's next update waits for another instance to send its replies to the chat's previous one. */
    static final Duration ANSWER_LEASE = Outbox.REPLIES_LEASE;

    // Who sends a turn's replies, recorded with them: this instance does not wait for its own (a chat's updates are
    // handled one after another here, each after the replies to the one before).
    private final String instance = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final JdbcTemplate statements;

    UpdateInbox(JdbcClient jdbc, JdbcTemplate statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    /**
     * Stores a batch of received updates with one statement (atomic on its own: no transaction, no separate commit,
     * one round trip for the whole batch), each as Telegram sent it; returns the updates that were new, in the
     * batch's order (a redelivered one is stored already). Those in {@code turnedAway} are stored as handled: the
     * intake's budget refused them, nobody handles them and nothing is sent.
     */
    List<ReceivedUpdate> recordAll(List<ReceivedUpdate> updates, Set<Long> turnedAway) {
        if (updates.isEmpty()) {
            return List.of();
        }
        Long[] ids = new Long[updates.size()];
        Long[] chats = new Long[updates.size()];
        String[] payloads = new String[updates.size()];
        Boolean[] away = new Boolean[updates.size()];
        for (int i = 0; i < updates.size(); i++) {
            ids[i] = updates.get(i).updateId();
            chats[i] = updates.get(i).chatKey();
            payloads[i] = updates.get(i).json();
            away[i] = turnedAway.contains(ids[i]);
        }
        Set<Long> stored = new HashSet<>(jdbc.sql("""
                INSERT INTO telegram_updates (update_id, chat_id, payload, handled_at)
                SELECT u.id, u.chat, u.payload, CASE WHEN u.away THEN now() END
                  FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS boolean[]))
                       AS u(id, chat, payload, away)
                ON CONFLICT (update_id) DO NOTHING
                RETURNING update_id
                """).params(ids, chats, payloads, away).query(Long.class).list());
        List<ReceivedUpdate> fresh = new ArrayList<>();
        for (ReceivedUpdate update : updates) {
            if (stored.remove(update.updateId())) { // a repeated id within the batch counts once
                fresh.add(update);
            }
        }
        return fresh;
    }

    /**
     * Marks an update whose handling failed as handled (its user was told it failed): a poison update must not loop.
     * False if it is handled already.
     */
    boolean settleFailed(long updateId) {
        return jdbc.sql("""
                UPDATE telegram_updates SET handled_at = now(), attempts = attempts + 1
                 WHERE update_id = ? AND handled_at IS NULL
                """).param(updateId).update() == 1;
    }

    /**
     * Records that the replies to these handled updates are out (or given up on): their stored copies go. Returns
     * whether the outbox holds messages for their chats, which waited for the replies.
     */
    boolean answered(List<Long> updateIds) {
        return jdbc.sql("""
                WITH answered AS (
                    DELETE FROM telegram_replies WHERE update_id = ANY(?)
                    RETURNING chat_id)
                SELECT EXISTS (SELECT 1 FROM telegram_outbox o
                                WHERE o.chat_id IN (SELECT chat_id FROM answered)
                                  AND o.sent_at IS NULL AND o.dropped_at IS NULL)
                """).param(updateIds.toArray(Long[]::new)).query(Boolean.class).single();
    }

    /** Keeps the replies of the update being handled, in the handling transaction, until they are out. */
    void keepReplies(long updateId, long chatKey, String replies) {
        jdbc.sql("""
                INSERT INTO telegram_replies (update_id, chat_id, sender, replies) VALUES (?, ?, ?, ?)
                ON CONFLICT (update_id) DO UPDATE SET sender = excluded.sender, claimed_at = now(),
                       replies = excluded.replies
                """).params(updateId, chatKey, instance, replies).update();
    }

    /**
     * Handled updates whose replies an instance committed more than {@link #ANSWER_LEASE} ago and never recorded as
     * out: it died in between. Oldest first.
     */
    List<Pending> unanswered(int limit) {
        return jdbc.sql("""
                SELECT update_id, chat_id FROM telegram_replies
                 WHERE claimed_at < now() - make_interval(secs => ?)
                 ORDER BY update_id LIMIT ?
                """)
                .params(ANSWER_LEASE.toMillis() / 1000.0, limit)
                .query((rs, n) -> new Pending(rs.getLong("update_id"), rs.getLong("chat_id")))
                .list();
    }

    /**
     * Takes over the sending of an unanswered update's replies from an instance that died (see {@link #unanswered}):
     * returns them if this instance got them, empty if another did or they are out.
     */
    Optional<String> takeOverReplies(long updateId) {
        return jdbc.sql("""
                UPDATE telegram_replies SET sender = ?, claimed_at = now()
                 WHERE update_id = ? AND claimed_at < now() - make_interval(secs => ?)
                RETURNING replies
                """).params(instance, updateId, ANSWER_LEASE.toMillis() / 1000.0).query(String.class).optional();
    }

    /**
     * Takes the chat's lock until the current transaction ends, on every instance sharing the database, then claims
     * the chat's oldest unhandled update up to and including {@code upTo} and returns it with the chat's
     * conversation as it stands ({@link Claim#NONE} when none is left).
     *
     * <p>Two statements sent in one round trip. They stay two: each statement reads the database as of its own
     * start, so the claim, starting after the lock is granted, sees everything the chat's previous holder
     * committed. (In one statement its snapshot would predate the wait for the lock.) The lock's key is a 64-bit
     * hash of the chat, so it does not collide with other advisory locks (a hash collision only serializes two
     * chats). Holding it, nobody else claims for the chat between the choice and the claim.
     *
     * <p>While another instance is still sending its replies to the chat's previous update (they wait in
     * {@code telegram_replies}, committed less than {@link #ANSWER_LEASE} ago), nothing is claimed and the caller
     * is told to wait: one chat's answers must arrive in order whichever instance handles each update.
     */
    Claim lockAndClaimOldest(long chatKey, long upTo, ReceivedUpdate inHand) {
        long known = inHand == null ? -1 : inHand.updateId();
        return statements.execute(LOCK_AND_CLAIM, (PreparedStatementCallback<Claim>) claim -> {
            claim.setLong(1, chatKey);
            claim.setLong(2, chatKey);
            claim.setString(3, instance);
            claim.setDouble(4, ANSWER_LEASE.toMillis() / 1000.0);
            claim.setLong(5, chatKey);
            claim.setLong(6, upTo);
            claim.setLong(7, known);
            claim.execute(); // the lock's result comes first
            if (!claim.getMoreResults()) {
                throw new IllegalStateException("The claim returned no result");
            }
            try (ResultSet rs = claim.getResultSet()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The claim returned no row");
                }
                long updateId = rs.getLong("update_id");
                if (rs.wasNull()) {
                    return rs.getBoolean("elsewhere") ? Claim.WAIT : Claim.NONE;
                }
                String payload = rs.getString("payload");
                return new Claim(new Stored(updateId, payload == null ? inHand.json() : payload,
                        rs.getString("dialog"), rs.getString("step"), rs.getString("draft")), false);
            }
        });
    }

    /**
     * What a claim found: the update claimed ({@code stored}); or nothing, because none is left ({@link #NONE}) or
     * because another instance is still sending its replies to the chat's previous update ({@link #WAIT}).
     */
    record Claim(Stored stored, boolean waitForReplies) {
        static final Claim NONE = new Claim(null, false);
        static final Claim WAIT = new Claim(null, true);
    }

    /**
     * A claimed update: its JSON (the caller's own copy when it had the update in hand, received just now, else the
     * stored one), read on demand, so an unreadable update fails inside the handling; and its chat's conversation at
     * the claim ({@code dialog} null: none).
     */
    record Stored(long updateId, String json, String dialog, String step, String draft) {
        Update update() {
            return UpdateReader.read(json);
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
                        return Optional.of(UpdateReader.read(json));
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

    /**
     * Forgets what these chats sent (their user erased their account): their handled updates are deleted, except two
     * that keep their id with neither content nor chat: the newest stored update (the poll offset continues from it)
     * and the ones claimed by the current transaction (the update being handled: a repeated delivery of it must still
     * be recognised as handled, not applied again). {@code now()} is the transaction's start, which the claim wrote.
     * Unhandled updates stay: they came after, and are handled as from a newcomer.
     */
    void forgetChats(Long... chatKeys) {
        jdbc.sql("""
                DELETE FROM telegram_updates
                 WHERE chat_id = ANY(CAST(? AS bigint[])) AND handled_at IS NOT NULL AND handled_at <> now()
                   AND update_id < (SELECT max(update_id) FROM telegram_updates)
                """).param(chatKeys).update();
        jdbc.sql("UPDATE telegram_updates SET payload = '', chat_id = NULL WHERE chat_id = ANY(CAST(? AS bigint[]))"
                        + " AND handled_at IS NOT NULL")
                .param(chatKeys).update();
    }

    /**
     * Blanks the handled updates of any chat whose content matches one of these {@code ILIKE} patterns (someone wrote
     * about a person who erased their account, or pressed a button under a message naming them). Ids and chats stay,
     * so repeated deliveries are still recognised; nothing reads a handled update's content again.
     */
    void forgetMentions(String[] patterns) {
        jdbc.sql("""
                UPDATE telegram_updates SET payload = ''
                 WHERE handled_at IS NOT NULL AND payload <> '' AND payload ILIKE ANY(CAST(? AS text[]))
                """).param(patterns).update();
    }

    /** The offset to poll from: one past the newest stored update (0 when the inbox is empty). */
    long nextOffset() {
        return jdbc.sql("SELECT coalesce(max(update_id) + 1, 0) FROM telegram_updates").query(Long.class).single();
    }

    record Pending(long updateId, long chatKey) {
    }
}
