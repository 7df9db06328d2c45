package io.mentorbot.telegram.intake;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mentorbot.accounts.AccountDesk;
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
