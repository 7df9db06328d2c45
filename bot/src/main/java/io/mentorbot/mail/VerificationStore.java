package io.mentorbot.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pending verification of each account in {@code email_verifications}: one at most. */
@Component
class VerificationStore {

    /** A code waiting to be typed back. */
    record Pending(String email, String salt, String hash, int attempts, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new code for the account, replacing the pending one unless that was sent after {@code sentBefore};
     * false when it was (too soon for another code).
     */
    boolean replace(long accountId, String email, String salt, String hash, Instant now, Instant expiresAt,
                    Instant sentBefore) {
        return jdbc.sql("""
                INSERT INTO email_verifications (user_id, email, code_salt, code_hash, attempts, sent_at, expires_at)
                VALUES (?, ?, ?, ?, 0, ?, ?)
                ON CONFLICT (user_id) DO UPDATE
                   SET email = excluded.email, code_salt = excluded.code_salt, code_hash = excluded.code_hash,
                       attempts = 0, sent_at = excluded.sent_at, expires_at = excluded.expires_at
                 WHERE email_verifications.sent_at <= ?
                """)
                .params(accountId, email, salt, hash, utc(now), utc(expiresAt), utc(sentBefore))
                .update() == 1;
    }

    Optional<Instant> sentAt(long accountId) {
        return jdbc.sql("SELECT sent_at FROM email_verifications WHERE user_id = ?").param(accountId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** The pending code, locked until the end of the transaction so two guesses are counted one after the other. */
    Optional<Pending> lock(long accountId) {
        return jdbc.sql("""
                SELECT email, code_salt, code_hash, attempts, expires_at FROM email_verifications
                 WHERE user_id = ? FOR UPDATE
                """)
                .param(accountId)
                .query((rs, n) -> new Pending(rs.getString("email"), rs.getString("code_salt"),
                        rs.getString("code_hash"), rs.getInt("attempts"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Counts a wrong code; returns how many wrong codes the pending one has had. */
    int countFailure(long accountId) {
        return jdbc.sql("UPDATE email_verifications SET attempts = attempts + 1 WHERE user_id = ? RETURNING attempts")
                .param(accountId).query(Integer.class).single();
    }

    void delete(long accountId) {
        jdbc.sql("DELETE FROM email_verifications WHERE user_id = ?").param(accountId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
