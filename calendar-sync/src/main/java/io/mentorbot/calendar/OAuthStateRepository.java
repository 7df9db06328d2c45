package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.mentorbot.calendar.ConnectionRepository.utc;

/** The {@code calendar_oauth_states} table: one row per consent link, usable once, for a short time. */
final class OAuthStateRepository {

    /** A state that was just consumed. */
    record Consumed(long ownerId, String codeVerifier) {
    }

    private final JdbcClient jdbc;

    OAuthStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String state, long ownerId, String codeVerifier, Instant now, Instant expiresAt) {
        // Old rows serve no purpose once they can no longer be used; keep the table small on the way.
        jdbc.sql("DELETE FROM calendar_oauth_states WHERE expires_at < :horizon")
                .param("horizon", utc(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("""
                INSERT INTO calendar_oauth_states (state, owner_id, code_verifier, created_at, expires_at)
                VALUES (:state, :owner, :verifier, :now, :expires)
                """)
                .param("state", state).param("owner", ownerId).param("verifier", codeVerifier)
                .param("now", utc(now)).param("expires", utc(expiresAt))
                .update();
    }

    /**
     * Marks the state used and returns what it was bound to, or says why it cannot be used. One conditional update,
     * so two concurrent returns with the same state cannot both succeed.
     */
    Consumed consume(String state, Instant now) {
        Optional<Consumed> consumed = jdbc.sql("""
                UPDATE calendar_oauth_states SET used_at = :now
                WHERE state = :state AND used_at IS NULL AND expires_at > :now
                RETURNING owner_id, code_verifier
                """)
                .param("state", state).param("now", utc(now))
                .query((rs, n) -> new Consumed(rs.getLong("owner_id"), rs.getString("code_verifier")))
                .optional();
        return consumed.orElseThrow(() -> refusal(state));
    }

    private ConsentRefused refusal(String state) {
        record Row(OffsetDateTime usedAt) {
        }
        return jdbc.sql("SELECT used_at FROM calendar_oauth_states WHERE state = :state")
                .param("state", state)
                .query((rs, n) -> new Row(rs.getObject("used_at", OffsetDateTime.class)))
                .optional()
                .map(row -> row.usedAt() != null
                        ? new ConsentRefused(ConsentRefused.Reason.REPLAYED_STATE, "consent link already used")
                        : new ConsentRefused(ConsentRefused.Reason.EXPIRED_STATE, "consent link expired"))
                .orElseGet(() -> new ConsentRefused(ConsentRefused.Reason.UNKNOWN_STATE, "no such consent link"));
    }

    /** Forgets the owner's consents in progress: their links no longer connect anything. */
    void deleteOwner(long ownerId) {
        jdbc.sql("DELETE FROM calendar_oauth_states WHERE owner_id = :owner").param("owner", ownerId).update();
    }
}
