package io.mentorbot.bookings;

import static io.mentorbot.bookings.BookingRows.ACTIVE;
import static io.mentorbot.bookings.BookingRows.SELECT;
import static io.mentorbot.bookings.BookingRows.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The booking queries behind {@link BookingDesk}'s lists. */
@Repository
class BookingFinder {

    private final JdbcClient jdbc;

    BookingFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BookingView> find(long bookingId) {
        return jdbc.sql(SELECT + " WHERE b.id = ?").param(bookingId).query(BookingRows::view).optional();
    }

    List<BookingView> upcomingForStudent(long studentId, Instant now, int limit) {
        return jdbc.sql(SELECT + " WHERE b.student_id = :student AND b.status IN " + ACTIVE
                        + " AND s.ends_at > :now ORDER BY s.starts_at, b.id LIMIT :limit")
                .param("student", studentId).param("now", utc(now)).param("limit", limit)
                .query(BookingRows::view).list();
    }

    List<BookingView> pastForStudent(long studentId, Instant now, int limit) {
        return jdbc.sql(SELECT + " WHERE b.student_id = :student AND (b.status NOT IN " + ACTIVE
                        + " OR s.ends_at <= :now) ORDER BY s.starts_at DESC, b.id DESC LIMIT :limit")
                .param("student", studentId).param("now", utc(now)).param("limit", limit)
                .query(BookingRows::view).list();
    }

    List<BookingView> upcomingForMentor(long mentorId, Instant now, int limit) {
        return jdbc.sql(SELECT + " WHERE s.mentor_id = :mentor AND b.status IN " + ACTIVE
                        + " AND s.ends_at > :now ORDER BY s.starts_at LIMIT :limit")
                .param("mentor", mentorId).param("now", utc(now)).param("limit", limit)
                .query(BookingRows::view).list();
    }

    List<Client> clientsOf(long mentorId) {
        return jdbc.sql("""
                        SELECT u.id AS student_id, u.first_name, u.last_name, u.username,
                               count(*) AS sessions, max(s.starts_at) AS last_session
                          FROM bookings b
                          JOIN slots s ON s.id = b.slot_id
                          JOIN users u ON u.id = b.student_id
                         WHERE s.mentor_id = :mentor AND b.status <> 'CANCELLED'
                         GROUP BY u.id, u.first_name, u.last_name, u.username
                         ORDER BY last_session DESC, u.id
                        """)
                .param("mentor", mentorId).query(BookingRows::client).list();
    }

    BookingPage page(BookingQuery query, Instant now, int page, int size) {
        String where = switch (query.filter()) {
            case UPCOMING -> "b.status IN " + ACTIVE + " AND s.ends_at > :now";
            case STATUS -> "b.status = :value";
            case MENTOR -> "s.mentor_id = :value";
            case STUDENT -> "b.student_id = :value";
        };
        String order = query.filter() == BookingQuery.Filter.UPCOMING
                ? " ORDER BY s.starts_at, b.id" : " ORDER BY s.starts_at DESC, b.id DESC";
        Object value = query.filter() == BookingQuery.Filter.STATUS ? query.status().name() : query.value();
        long total = jdbc.sql("SELECT count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE " + where)
                .param("now", utc(now)).param("value", value).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<BookingView> rows = jdbc.sql(SELECT + " WHERE " + where + order + " LIMIT :limit OFFSET :offset")
                .param("now", utc(now)).param("value", value)
                .param("limit", size).param("offset", current * size)
                .query(BookingRows::view).list();
        return new BookingPage(rows, current, pages, total);
    }

    BookingPage studentShelf(long studentId, StudentShelf shelf, Instant now, int page, int size) {
        String where = "b.student_id = :student AND " + switch (shelf) {
            case UPCOMING -> "b.status IN " + ACTIVE + " AND s.ends_at > :now";
            case PAST -> "b.status <> 'CANCELLED' AND (b.status NOT IN " + ACTIVE + " OR s.ends_at <= :now)";
            case CANCELLED -> "b.status = 'CANCELLED'";
        };
        String order = shelf == StudentShelf.UPCOMING
                ? " ORDER BY s.starts_at, b.id" : " ORDER BY s.starts_at DESC, b.id DESC";
        long total = jdbc.sql("SELECT count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE " + where)
                .param("student", studentId).param("now", utc(now)).query(Long.class).single();
        List<BookingView> rows = jdbc.sql(SELECT + " WHERE " + where + order + " LIMIT :limit OFFSET :offset")
                .param("student", studentId).param("now", utc(now))
                .param("limit", size).param("offset", (long) page * size)
                .query(BookingRows::view).list();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new BookingPage(rows, page, pages, total);
    }

    BookingPage search(BookingSearch search, int page, int size) {
        String where = " WHERE (CAST(:status AS TEXT) IS NULL OR b.status = :status)"
                + " AND (CAST(:mentor AS BIGINT) IS NULL OR s.mentor_id = :mentor)"
                + " AND (CAST(:student AS BIGINT) IS NULL OR b.student_id = :student)"
                + " AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR s.starts_at >= :from)"
                + " AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR s.starts_at < :to)";
        long total = bind(jdbc.sql("SELECT count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id" + where), search)
                .query(Long.class).single();
        String direction = search.descending() ? " DESC" : " ASC";
        List<BookingView> rows = bind(jdbc.sql(SELECT + where + " ORDER BY " + search.sort().column + direction
                        + ", b.id" + direction + " LIMIT :limit OFFSET :offset"), search)
                .param("limit", size).param("offset", (long) page * size)
                .query(BookingRows::view).list();
        return new BookingPage(rows, page, (int) Math.max(1, (total + size - 1) / size), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, BookingSearch search) {
        return statement.param("status", search.status() == null ? null : search.status().name())
                .param("mentor", search.mentorId()).param("student", search.studentId())
                .param("from", search.from() == null ? null : utc(search.from()))
                .param("to", search.to() == null ? null : utc(search.to()));
    }

    Optional<BookingView> activeForSlot(long slotId) {
        return jdbc.sql(SELECT + " WHERE b.slot_id = ? AND b.status IN " + ACTIVE).param(slotId)
                .query(BookingRows::view).optional();
    }
}
