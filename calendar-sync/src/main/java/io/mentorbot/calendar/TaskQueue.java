package io.mentorbot.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.mentorbot.calendar.ConnectionRepository.utc;

/**
 * The {@code calendar_sync_tasks} table: the durable queue between the caller's transaction and Google. A task leaves
 * the queue only when Google has its result, so nothing committed is ever lost.
 */
final class TaskQueue {

    private final JdbcClient jdbc;

    TaskQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the event for writing; a mentor without any connection gets nothing queued. */
    boolean hasConnection(long ownerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_connections WHERE owner_id = ?)")
                .param(ownerId).query(Boolean.class).single();
    }

    int enqueueUpsert(MentorCalendarEvent event, Instant now) {
        return jdbc.sql("""
                INSERT INTO calendar_sync_tasks (owner_id, event_key, kind, title, description, starts_at, ends_at,
                                                 attendee_email, want_meet_link, due_at, created_at)
                SELECT :owner, :key, 'UPSERT', :title, :description, :start, :end, :attendee, :meet, :now, :now
                WHERE EXISTS (SELECT 1 FROM calendar_connections WHERE owner_id = :owner)
                """)
                .param("owner", event.ownerId()).param("key", event.eventKey()).param("title", event.title())
                .param("description", event.description()).param("start", utc(event.start()))
                .param("end", utc(event.end())).param("attendee", event.attendeeEmail())
                .param("meet", event.wantMeetLink()).param("now", utc(now))
                .update();
    }

    int enqueueDelete(long ownerId, String eventKey, Instant now) {
        return jdbc.sql("""
                INSERT INTO calendar_sync_tasks (owner_id, event_key, kind, due_at, created_at)
                SELECT :owner, :key, 'DELETE', :now, :now
                WHERE EXISTS (SELECT 1 FROM calendar_connections WHERE owner_id = :owner)
                """)
                .param("owner", ownerId).param("key", eventKey).param("now", utc(now))
                .update();
    }

    /**
     * Claims due tasks of connected owners, at most one per event key: only the oldest task of a key is eligible,
     * so a delete can never overtake its create. Claiming pushes {@code due_at} to the lease end, which hides the
     * task from other workers (and hands it back if this worker dies); {@code SKIP LOCKED} lets workers on several
     * instances claim side by side.
     */
    List<SyncTask> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE calendar_sync_tasks t SET due_at = :lease, attempts = t.attempts + 1
                WHERE t.id IN (
                    SELECT c.id FROM calendar_sync_tasks c
                    JOIN calendar_connections k ON k.owner_id = c.owner_id AND k.status = 'CONNECTED'
                    WHERE c.due_at <= :now
                      AND NOT EXISTS (SELECT 1 FROM calendar_sync_tasks o
                                      WHERE o.owner_id = c.owner_id AND o.event_key = c.event_key AND o.id < c.id)
                    ORDER BY c.due_at, c.id
                    LIMIT :limit
                    FOR UPDATE OF c SKIP LOCKED)
                RETURNING t.*
                """)
                .param("now", utc(now)).param("lease", utc(leaseUntil)).param("limit", limit)
                .query(TaskQueue::task)
                .list().stream().sorted(Comparator.comparingLong(SyncTask::id)).toList();
    }

    /** Whether a later task for the same event is waiting: then this one's outcome would be overwritten anyway. */
    boolean hasNewer(SyncTask task) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM calendar_sync_tasks
                               WHERE owner_id = :owner AND event_key = :key AND id > :id)
                """)
                .param("owner", task.ownerId()).param("key", task.eventKey()).param("id", task.id())
                .query(Boolean.class).single();
    }

    void complete(long taskId) {
        jdbc.sql("DELETE FROM calendar_sync_tasks WHERE id = :id").param("id", taskId).update();
    }

    void retryAt(long taskId, Instant dueAt, String error) {
        jdbc.sql("UPDATE calendar_sync_tasks SET due_at = :due, last_error = :error WHERE id = :id")
                .param("id", taskId).param("due", utc(dueAt)).param("error", error)
                .update();
    }

    /** Makes every task of the owner due now, e.g. after a broken connection was connected again. */
    void resumeOwner(long ownerId, Instant now) {
        jdbc.sql("UPDATE calendar_sync_tasks SET due_at = :now WHERE owner_id = :owner")
                .param("owner", ownerId).param("now", utc(now))
                .update();
    }

    void deleteOwner(long ownerId) {
        jdbc.sql("DELETE FROM calendar_sync_tasks WHERE owner_id = :owner").param("owner", ownerId).update();
    }

    private static SyncTask task(ResultSet rs, int row) throws SQLException {
        return new SyncTask(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("event_key"),
                SyncTask.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("attendee_email"),
                rs.getBoolean("want_meet_link"), rs.getInt("attempts"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
