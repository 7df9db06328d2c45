package io.mentorbot.slots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.mentorbot.slots.PlanResult.Clash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes new slots, leaving it to the {@code slots_no_overlap} exclusion constraint to refuse overlaps. */
@Repository
class SlotStore {

    private final JdbcClient jdbc;

    SlotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isActiveMentor(long mentorId) {
        return jdbc.sql("SELECT count(*) FROM users WHERE id = :id AND is_mentor AND NOT deleted")
                .param("id", mentorId).query(Long.class).single() > 0;
    }

    /**
     * Inserts a FREE slot unless it overlaps a live slot of the mentor. With no conflict target, PostgreSQL takes
     * the exclusion constraint as the arbiter; a concurrent, uncommitted overlapping insert is waited for, so the
     * outcome is decided by the database, not by an earlier read.
     *
     * @return the new slot's id, or empty when the slot would overlap
     */
    Optional<Long> insertUnlessOverlapping(long mentorId, Instant startsAt, Instant endsAt, Instant now) {
        return jdbc.sql("""
                        INSERT INTO slots (mentor_id, starts_at, ends_at, status, created_at, updated_at)
                        VALUES (:mentor, :starts, :ends, 'FREE', :now, :now)
                        ON CONFLICT DO NOTHING
                        RETURNING id
                        """)
                .param("mentor", mentorId).param("starts", utc(startsAt)).param("ends", utc(endsAt))
                .param("now", utc(now))
                .query(Long.class).optional();
    }

    /** The earliest live slot of the mentor that overlaps the given time, if any. */
    Optional<Clash> clashWith(long mentorId, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                        SELECT id, starts_at, ends_at FROM slots
                         WHERE mentor_id = :mentor AND status <> 'CANCELLED'
                           AND tstzrange(starts_at, ends_at) && tstzrange(:starts, :ends)
                         ORDER BY starts_at
                         LIMIT 1
                        """)
                .param("mentor", mentorId).param("starts", utc(startsAt)).param("ends", utc(endsAt))
                .query((rs, n) -> new Clash(rs.getLong("id"), instant(rs, "starts_at"), instant(rs, "ends_at")))
                .optional();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
