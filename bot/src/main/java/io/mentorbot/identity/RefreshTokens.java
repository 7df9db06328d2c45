package io.mentorbot.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens: 32 random bytes given to the client once and stored only as their SHA-256 hash. Each belongs to a
 * family started by a sign-in, with an absolute expiry. Using one is a single conditional update (unused, unrevoked,
 * family alive), so two uses of one token never both succeed; a token shown after it was used means it leaked (or the
 * client raced itself), and the whole family is revoked: whoever holds a copy has to sign in again.
 */
@Component
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 128;

    /** What presenting a refresh token found. */
    enum Use { ROTATED, REUSED, EXPIRED, UNKNOWN }

    record Used(Use use, long userId, String next) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Counter reuses;

    RefreshTokens(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reuses = Counter.builder("mentorbot.auth.refresh.reuse")
                .description("Refresh tokens presented again after use: their families were revoked")
                .register(meters);
    }

    /** Starts a family for a sign-in and returns its first token. */
    String start(long userId, Instant familyExpiresAt) {
        return add(UUID.randomUUID(), userId, familyExpiresAt);
    }

    /** Uses a token: the next one of its family, or why not (a reuse revokes the family first). */
    Used use(String token) {
        Optional<byte[]> hash = hash(token);
        if (hash.isEmpty()) {
            return new Used(Use.UNKNOWN, 0, null);
        }
        Instant now = clock.instant();
        Optional<Row> used = jdbc.sql("""
                UPDATE refresh_tokens SET used_at = :now
                 WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND family_expires_at > :now
                RETURNING family, user_id, family_expires_at
                """).param("now", Timestamp.from(now)).param("hash", hash.get())
                .query((rs, n) -> new Row(rs.getObject("family", UUID.class), rs.getLong("user_id"),
                        rs.getTimestamp("family_expires_at").toInstant())).optional();
        if (used.isPresent()) {
            Row row = used.get();
            return new Used(Use.ROTATED, row.userId(), add(row.family(), row.userId(), row.expiresAt()));
        }
        Optional<Row> known = jdbc.sql("""
                SELECT family, user_id, family_expires_at, used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked
                  FROM refresh_tokens WHERE token_hash = :hash
                """).param("hash", hash.get()).query((rs, n) -> new Row(rs.getObject("family", UUID.class),
                rs.getLong("user_id"), rs.getTimestamp("family_expires_at").toInstant(), rs.getBoolean("used"),
                rs.getBoolean("revoked"))).optional();
        if (known.isEmpty()) {
            return new Used(Use.UNKNOWN, 0, null);
        }
        Row row = known.get();
        if (row.used() && !row.revoked() && row.expiresAt().isAfter(now)) {
            int revoked = revokeFamily(row.family());
            reuses.increment();
            log.warn("Refresh token reuse: family {} of account {} revoked ({} tokens)", row.family(),
                    row.userId(), revoked);
            return new Used(Use.REUSED, row.userId(), null);
        }
        return new Used(Use.EXPIRED, row.userId(), null); // expired, or revoked by a sign-out or an earlier reuse
    }

    /** Signs the token's family out; true when the token was known. */
    boolean revoke(String token) {
        Optional<byte[]> hash = hash(token);
        Optional<UUID> family = hash.flatMap(h -> jdbc.sql("SELECT family FROM refresh_tokens WHERE token_hash = ?")
                .param(h).query(UUID.class).optional());
        family.ifPresent(this::revokeFamily);
        return family.isPresent();
    }

    /** Every family of an account (erasure, blocking). */
    void revokeAll(long userId) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .param(Timestamp.from(clock.instant())).param(userId).update();
    }

    /** Forgets an account's tokens altogether. */
    void forget(long userId) {
        jdbc.sql("DELETE FROM refresh_tokens WHERE user_id = ?").param(userId).update();
    }

    /** Deletes the rows of families that ended before {@code before}: they can never be used or reused again. */
    int purgeEndedBefore(Instant before) {
        return jdbc.sql("DELETE FROM refresh_tokens WHERE family_expires_at < ?").param(Timestamp.from(before)).update();
    }

    private int revokeFamily(UUID family) {
        return jdbc.sql("UPDATE refresh_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL")
                .param(Timestamp.from(clock.instant())).param(family).update();
    }

    private String add(UUID family, long userId, Instant familyExpiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO refresh_tokens (family, user_id, token_hash, created_at, family_expires_at)
                VALUES (?, ?, ?, ?, ?)
                """).param(family).param(userId).param(hash(token).orElseThrow())
                .param(Timestamp.from(clock.instant())).param(Timestamp.from(familyExpiresAt)).update();
        return token;
    }

    private static Optional<byte[]> hash(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(UUID family, long userId, Instant expiresAt, boolean used, boolean revoked) {
        Row(UUID family, long userId, Instant expiresAt) {
            this(family, userId, expiresAt, false, false);
        }
    }
}
