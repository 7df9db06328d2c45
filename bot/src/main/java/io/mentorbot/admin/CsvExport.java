package io.mentorbot.admin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports for admins as CSV files (see {@link Csv}); every export is recorded in the audit log. */
@Service
public class CsvExport {

    /** The widest date range one bookings export may cover. */
    public static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final AdminAudit audit;

    CsvExport(JdbcClient jdbc, AdminAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Bookings whose session starts between the two days (inclusive, cut in {@code zone}), soonest first. */
    @Transactional
    public byte[] bookings(long adminId, LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Csv csv = new Csv(List.of("id", "start_utc", "mentor", "student", "status", "price", "currency", "created_utc"));
        jdbc.sql("""
                SELECT b.id, s.starts_at, b.status, b.price_minor, b.currency, b.created_at,
                       m.first_name AS m_first, m.last_name AS m_last, m.username AS m_user, m.id AS m_id,
                       st.first_name AS s_first, st.last_name AS s_last, st.username AS s_user, st.id AS s_id
                  FROM bookings b
                  JOIN slots s ON s.id = b.slot_id
                  JOIN users m ON m.id = s.mentor_id
                  JOIN users st ON st.id = b.student_id
                 WHERE s.starts_at >= ? AND s.starts_at < ?
                 ORDER BY s.starts_at, b.id
                """)
                .params(Timestamp.from(start), Timestamp.from(end))
                .query(rs -> {
                    csv.row(List.of(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
                            name(rs.getString("m_first"), rs.getString("m_last"), rs.getString("m_user"), rs.getLong("m_id")),
                            name(rs.getString("s_first"), rs.getString("s_last"), rs.getString("s_user"), rs.getLong("s_id")),
                            rs.getString("status"), BigDecimal.valueOf(rs.getLong("price_minor"), 2).toPlainString(),
                            rs.getString("currency"), rs.getTimestamp("created_at").toInstant()));
                });
        audit.record(adminId, "export-bookings", "bookings:" + from + ".." + to, null, null);
        return csv.bytes();
    }

    /** Every account that was not erased, oldest first. */
    @Transactional
    public byte[] users(long adminId) {
        Csv csv = new Csv(List.of("id", "telegram_id", "name", "username", "language", "roles", "created_utc"));
        jdbc.sql("""
                SELECT id, telegram_id, first_name, last_name, username, language, is_mentor, is_admin, created_at
                  FROM users WHERE NOT deleted ORDER BY id
                """)
                .query(rs -> {
                    List<String> roles = new ArrayList<>(List.of("student"));
                    if (rs.getBoolean("is_mentor")) {
                        roles.add("mentor");
                    }
                    if (rs.getBoolean("is_admin")) {
                        roles.add("admin");
                    }
                    List<Object> row = new ArrayList<>();
                    row.add(rs.getLong("id"));
                    row.add(rs.getObject("telegram_id"));
                    row.add(join(rs.getString("first_name"), rs.getString("last_name")));
                    row.add(rs.getString("username"));
                    row.add(rs.getString("language").toLowerCase(java.util.Locale.ROOT));
                    row.add(String.join(";", roles));
                    row.add(rs.getTimestamp("created_at").toInstant());
                    csv.row(row);
                });
        audit.record(adminId, "export-users", "users", null, null);
        return csv.bytes();
    }

    private static String name(String first, String last, String username, long id) {
        String name = join(first, last);
        if (!name.isEmpty()) {
            return name;
        }
        return username != null ? "@" + username : "#" + id;
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }
}
