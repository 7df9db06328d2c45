package io.mentorbot.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code calendar_connections} table. */
final class ConnectionRepository {

    /** A stored connection; the refresh token is still encrypted. */
    record StoredConnection(long ownerId, ConnectionStatus.State state, String accountEmail, byte[] sealedToken,
                            Instant connectedAt, Instant updatedAt) {

        ConnectionStatus status() {
            return new ConnectionStatus(ownerId, state, accountEmail, connectedAt, updatedAt);
        }
    }

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveConnected(long ownerId, String accountEmail, byte[] sealedToken, Instant now) {
        jdbc.sql("""
                INSERT INTO calendar_connections
                    (owner_id, account_email, refresh_token, status, connected_at, updated_at)
                VALUES (:owner, :email, :token, 'CONNECTED', :now, :now)
                ON CONFLICT (owner_id) DO UPDATE SET
                    account_email = COALESCE(EXCLUDED.account_email, calendar_connections.account_email),
                    refresh_token = EXCLUDED.refresh_token, status = 'CONNECTED',
                    connected_at = EXCLUDED.connected_at, updated_at = EXCLUDED.updated_at
                """)
                .param("owner", ownerId).param("email", accountEmail).param("token", sealedToken)
                .param("now", utc(now))
                .update();
    }

    /** Which of the owners have a connection (working or not), in one statement. */
    Set<Long> ownersAmong(Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT owner_id FROM calendar_connections WHERE owner_id = ANY (?)")
                .param(ownerIds.toArray(Long[]::new)).query(Long.class).list());
    }

    Optional<StoredConnection> find(long ownerId) {
        return jdbc.sql("""
                SELECT owner_id, status, account_email, refresh_token, connected_at, updated_at
                FROM calendar_connections WHERE owner_id = :owner
                """)
                .param("owner", ownerId)
                .query((rs, n) -> new StoredConnection(rs.getLong("owner_id"),
                        ConnectionStatus.State.valueOf(rs.getString("status")), rs.getString("account_email"),
                        rs.getBytes("refresh_token"), rs.getObject("connected_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** True only for the call that actually moved the connection from CONNECTED to BROKEN. */
    boolean markBroken(long ownerId, Instant now) {
        return jdbc.sql("""
                UPDATE calendar_connections SET status = 'BROKEN', updated_at = :now
                WHERE owner_id = :owner AND status = 'CONNECTED'
                """)
                .param("owner", ownerId).param("now", utc(now))
                .update() == 1;
    }

    void delete(long ownerId) {
        jdbc.sql("DELETE FROM calendar_connections WHERE owner_id = :owner").param("owner", ownerId).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
