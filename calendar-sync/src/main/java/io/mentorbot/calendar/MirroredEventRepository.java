package io.mentorbot.calendar;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.mentorbot.calendar.ConnectionRepository.utc;

/** The {@code calendar_events} table: event key -> Google event id, etag and Meet link. */
final class MirroredEventRepository {

    /** A mirrored event with the etag of its last known version. */
    record Stored(MirroredEvent event, String etag) {
    }

    private final JdbcClient jdbc;

    MirroredEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long ownerId, String eventKey) {
        return jdbc.sql("""
                SELECT google_event_id, etag, meet_link FROM calendar_events
                WHERE owner_id = :owner AND event_key = :key
                """)
                .param("owner", ownerId).param("key", eventKey)
                .query((rs, n) -> new Stored(new MirroredEvent(ownerId, eventKey, rs.getString("google_event_id"),
                        rs.getString("meet_link")), rs.getString("etag")))
                .optional();
    }

    void save(Stored stored, Instant now) {
        MirroredEvent event = stored.event();
        jdbc.sql("""
                INSERT INTO calendar_events (owner_id, event_key, google_event_id, etag, meet_link, updated_at)
                VALUES (:owner, :key, :id, :etag, :meet, :now)
                ON CONFLICT (owner_id, event_key) DO UPDATE SET google_event_id = EXCLUDED.google_event_id,
                    etag = EXCLUDED.etag, meet_link = EXCLUDED.meet_link, updated_at = EXCLUDED.updated_at
                """)
                .param("owner", event.ownerId()).param("key", event.eventKey()).param("id", event.googleEventId())
                .param("etag", stored.etag()).param("meet", event.meetLink()).param("now", utc(now))
                .update();
    }

    void delete(long ownerId, String eventKey) {
        jdbc.sql("DELETE FROM calendar_events WHERE owner_id = :owner AND event_key = :key")
                .param("owner", ownerId).param("key", eventKey)
                .update();
    }

    void deleteOwner(long ownerId) {
        jdbc.sql("DELETE FROM calendar_events WHERE owner_id = :owner").param("owner", ownerId).update();
    }
}
