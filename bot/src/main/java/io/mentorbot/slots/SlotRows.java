package io.mentorbot.slots;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads slots as {@link SlotView}s, with the student of the active booking, if any. */
final class SlotRows {

    /** Selects a slot with its active booking's student; add WHERE, ORDER BY and LIMIT. */
    static final String SELECT = """
            SELECT s.id, s.mentor_id, s.starts_at, s.ends_at, s.status,
                   u.id AS student_id, u.first_name, u.last_name, u.username
              FROM slots s
              LEFT JOIN bookings b ON b.slot_id = s.id AND b.status IN ('PENDING_PAYMENT', 'CONFIRMED')
              LEFT JOIN users u ON u.id = b.student_id
            """;

    /**
     * Selects slots by status FREE only: a free slot has no active booking, so the joins are left out (with them,
     * PostgreSQL hashed the whole users table for a student's day of times); add WHERE, ORDER BY and LIMIT.
     */
    static final String SELECT_FREE = """
            SELECT s.id, s.mentor_id, s.starts_at, s.ends_at, s.status,
                   NULL::bigint AS student_id, NULL::text AS first_name, NULL::text AS last_name, NULL::text AS username
              FROM slots s
            """;

    private SlotRows() {
    }

    static SlotView view(ResultSet rs, int rowNum) throws SQLException {
        long studentId = rs.getLong("student_id");
        String student = rs.wasNull() ? null
                : displayName(studentId, rs.getString("first_name"), rs.getString("last_name"), rs.getString("username"));
        return new SlotView(rs.getLong("id"), rs.getLong("mentor_id"), SlotStore.instant(rs, "starts_at"),
                SlotStore.instant(rs, "ends_at"), SlotStatus.valueOf(rs.getString("status")), student);
    }

    private static String displayName(long id, String firstName, String lastName, String username) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (!name.isEmpty()) {
            return name;
        }
        return username != null ? "@" + username : "#" + id;
    }
}
