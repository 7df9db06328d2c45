package io.mentorbot.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin lists with filters, a choice of order among a fixed set of columns, and pages: users, mentors and mentor
 * applications as pages of ids (the callers read each through its module's service), and the audit log. Only the
 * columns of the sort enums ever reach an ORDER BY; every value is a bound parameter.
 */
@Service
public class AdminSearch {

    /** One page of ids, and how many matched in all. */
    public record IdPage(List<Long> ids, long total) {
    }

    /** One page of audit entries, and how many matched in all. */
    public record AuditPage(List<AuditEntry> entries, long total) {
    }

    /** Whom a users list shows by role: students are accounts with neither mentor nor admin rights. */
    public enum Role { STUDENT, MENTOR, ADMIN }

    /** The orders of the users list. */
    public enum UserSort {
        ID("u.id"), CREATED("u.created_at"), NAME("lower(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, ''))"),
        LAST_SEEN("u.last_seen_at");

        private final String column;

        UserSort(String column) {
            this.column = column;
        }
    }

    /** The orders of the mentors list. */
    public enum MentorSort {
        ID("u.id"), NAME(UserSort.NAME.column), RATING("coalesce(p.rating_avg, 0)"), CREATED("p.created_at");

        private final String column;

        MentorSort(String column) {
            this.column = column;
        }
    }

    /** The orders of the applications list. */
    public enum ApplicationSort {
        ID("a.id"), CREATED("a.created_at"), DECIDED("a.decided_at");

        private final String column;

        ApplicationSort(String column) {
            this.column = column;
        }
    }

    /**
     * Users (not erased) whose name or username contains {@code q} or whose Telegram id it is, of a role, blocked or
     * not; each filter is left out when {@code null}.
     */
    public record UserFilter(String q, Role role, Boolean blocked) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public IdPage users(UserFilter filter, UserSort sort, boolean descending, int page, int size) {
        Query query = new Query("FROM users u WHERE NOT u.deleted");
        text(query, filter.q());
        if (filter.role() != null) {
            String admin = "(u.is_admin AND (u.admin_until IS NULL OR u.admin_until > :now))";
            query.where(switch (filter.role()) {
                case STUDENT -> "NOT u.is_mentor AND NOT " + admin;
                case MENTOR -> "u.is_mentor";
                case ADMIN -> admin;
            });
            query.param("now", Timestamp.from(clock.instant()));
        }
        if (filter.blocked() != null) {
            query.where("u.blocked = :blocked").param("blocked", filter.blocked());
        }
        return ids(query, "u.id", sort.column, descending, page, size);
    }

    /** Mentors (with a profile, not erased) matching {@code q}, listed or not; filters left out when {@code null}. */
    @Transactional(readOnly = true)
    public IdPage mentors(String q, Boolean listed, MentorSort sort, boolean descending, int page, int size) {
        Query query = new Query("FROM users u JOIN mentor_profiles p ON p.user_id = u.id WHERE u.is_mentor AND NOT u.deleted");
        text(query, q);
        if (listed != null) {
            query.where("p.listed = :listed").param("listed", listed);
        }
        return ids(query, "u.id", sort.column, descending, page, size);
    }

    /** Mentor applications in a status (PENDING, APPROVED, REJECTED), or all when {@code null}. */
    @Transactional(readOnly = true)
    public IdPage applications(String status, ApplicationSort sort, boolean descending, int page, int size) {
        Query query = new Query("FROM mentor_applications a WHERE TRUE");
        if (status != null) {
            query.where("a.status = :status").param("status", status);
        }
        return ids(query, "a.id", sort.column, descending, page, size);
    }

    /** Audit entries of one admin (or all when {@code null}) recorded in [from, to), newest first. */
    @Transactional(readOnly = true)
    public AuditPage audit(Long actor, Instant from, Instant to, int page, int size) {
        Query query = new Query("FROM admin_audit a WHERE TRUE");
        if (actor != null) {
            query.where("a.admin_id = :actor").param("actor", actor);
        }
        if (from != null) {
            query.where("a.at >= :from").param("from", Timestamp.from(from));
        }
        if (to != null) {
            query.where("a.at < :to").param("to", Timestamp.from(to));
        }
        long total = query.bind(jdbc.sql("SELECT count(*) " + query.sql())).query(Long.class).single();
        List<AuditEntry> entries = query.bind(jdbc.sql("SELECT a.id, a.admin_id, a.action, a.target, a.before, a.after, a.at "
                        + query.sql() + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("admin_id"),
                        rs.getString("action"), rs.getString("target"), rs.getString("before"),
                        rs.getString("after"), rs.getTimestamp("at").toInstant()))
                .list();
        return new AuditPage(entries, total);
    }

    private static void text(Query query, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String needle = q.strip().startsWith("@") ? q.strip().substring(1) : q.strip();
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        query.where("""
                (coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '') ILIKE :like
                 OR u.username ILIKE :like OR u.telegram_id = :telegram)""")
                .param("like", like).param("telegram", needle.matches("\\d{1,18}") ? Long.parseLong(needle) : -1L);
    }

    private IdPage ids(Query query, String id, String column, boolean descending, int page, int size) {
        long total = query.bind(jdbc.sql("SELECT count(*) " + query.sql())).query(Long.class).single();
        String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
        List<Long> ids = query.bind(jdbc.sql("SELECT " + id + " " + query.sql() + " ORDER BY " + column + direction
                        + ", " + id + direction + " LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        return new IdPage(ids, total);
    }

    /** A FROM ... WHERE clause with its named parameters. */
    private static final class Query {

        private final StringBuilder sql;
        private final List<Object[]> params = new ArrayList<>();

        Query(String from) {
            this.sql = new StringBuilder(from);
        }

        Query where(String condition) {
            sql.append(" AND ").append(condition);
            return this;
        }

        Query param(String name, Object value) {
            params.add(new Object[] {name, value});
            return this;
        }

        String sql() {
            return sql.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            for (Object[] p : params) {
                statement = statement.param((String) p[0], p[1]);
            }
            return statement;
        }
    }
}
