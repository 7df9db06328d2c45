package io.mentorbot.bookings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads bookings as {@link BookingView}s and clients as {@link Client}s; converts times for JDBC. */
final class BookingRows {

    /** The statuses of a booking that holds its slot, as an SQL list. */
    static final String ACTIVE = "('PENDING_PAYMENT', 'CONFIRMED')";

    /** The columns of a {@link BookingView}, of bookings {@code b} joined as in {@link #JOINS}. */
    static final String COLUMNS = """
            SELECT b.id, b.slot_id, s.mentor_id, b.student_id, s.starts_at, s.ends_at, b.status, b.note,
                   m.first_name AS mentor_first, m.last_name AS mentor_last, m.username AS mentor_username,
                   u.first_name, u.last_name, u.username,
                   b.price_minor, b.currency, b.hold_until, b.cancel_reason, b.confirmed_at, b.revision
            """;

    /** What a booking {@code b} is joined with for its view: its slot, its mentor and its student. */
    static final String JOINS = """
              JOIN slots s ON s.id = b.slot_id
              JOIN users m ON m.id = s.mentor_id
              JOIN users u ON u.id = b.student_id
            """;

    /** Selects bookings with their slot, mentor and student; add WHERE, ORDER BY and LIMIT. */
    static final String SELECT = COLUMNS + "  FROM bookings b\n" + JOINS;

    private BookingRows() {
    }

    static BookingView view(ResultSet rs, int rowNum) throws SQLException {
        long mentorId = rs.getLong("mentor_id");
        long studentId = rs.getLong("student_id");
        return new BookingView(rs.getLong("id"), rs.getLong("slot_id"), mentorId, studentId,
                instant(rs, "starts_at"), instant(rs, "ends_at"), BookingStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                name(mentorId, rs.getString("mentor_first"), rs.getString("mentor_last"),
                        rs.getString("mentor_username")),
                name(studentId, rs.getString("first_name"), rs.getString("last_name"), rs.getString("username")),
                rs.getString("username"), rs.getLong("price_minor"), rs.getString("currency").trim(),
                instant(rs, "hold_until"), rs.getString("cancel_reason"), instant(rs, "confirmed_at"),
                rs.getInt("revision"));
    }

    static Client client(ResultSet rs, int rowNum) throws SQLException {
        long studentId = rs.getLong("student_id");
        return new Client(studentId,
                name(studentId, rs.getString("first_name"), rs.getString("last_name"), rs.getString("username")),
                rs.getString("username"), rs.getInt("sessions"), instant(rs, "last_session"));
    }

    static String name(long id, String firstName, String lastName, String username) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (!name.isEmpty()) {
            return name;
        }
        return username != null ? "@" + username : "#" + id;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
