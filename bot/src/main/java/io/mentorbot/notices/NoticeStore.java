package io.mentorbot.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notices} table. */
@Repository
class NoticeStore {

    /** One stored notice, before its text is written. */
    record Row(long id, NoticeKind kind, long bookingId, Instant createdAt, boolean read) {
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long accountId, NoticeKind kind, long bookingId, Instant at) {
        jdbc.sql("INSERT INTO notices (account_id, kind, booking_id, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, kind.name(), bookingId, Timestamp.from(at)).update();
    }

    List<Row> page(long accountId, boolean unreadOnly, int page, int size) {
        return jdbc.sql("""
                SELECT id, kind, booking_id, created_at, read_at IS NOT NULL AS read FROM notices
                 WHERE account_id = ? %s ORDER BY id DESC LIMIT ? OFFSET ?
                """.formatted(unreadOnly ? "AND read_at IS NULL" : ""))
                .params(accountId, size, (long) page * size)
                .query((rs, n) -> new Row(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getLong("booking_id"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
                .list();
    }

    long count(long accountId, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM notices WHERE account_id = ?"
                        + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param(accountId).query(Long.class).single();
    }

    boolean isTheirs(long accountId, long noticeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM notices WHERE id = ? AND account_id = ?)")
                .params(noticeId, accountId).query(Boolean.class).single();
    }

    int markRead(long accountId, long upTo, Instant at) {
        return jdbc.sql("UPDATE notices SET read_at = ? WHERE account_id = ? AND id <= ? AND read_at IS NULL")
                .params(Timestamp.from(at), accountId, upTo).update();
    }

    void forget(long accountId) {
        jdbc.sql("DELETE FROM notices WHERE account_id = ?").param(accountId).update();
    }
}
