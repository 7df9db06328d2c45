package io.mentorbot.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: every admin action is recorded with who, what, on whom, and the state before and after. */
@Service
public class AdminAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one action; joins the caller's transaction so the entry and the change stand or fall together. The
     * states are {@code key=value} pairs joined by ", "; free text (a reason someone typed) goes last, as
     * {@code reason=...}, so that it can be forgotten when a person erases their account ({@link #FREE_TEXT}).
     */
    @Transactional
    public void record(long adminId, String action, String target, String before, String after) {
        jdbc.sql("INSERT INTO admin_audit (admin_id, action, target, before, after, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(adminId, action, target, before, after, Timestamp.from(clock.instant()))
                .update();
    }

    /** Records something the platform did on its own (a grant running out, say): no admin acted. */
    @Transactional
    public void recordAutomatic(String action, String target, String before, String after) {
        jdbc.sql("INSERT INTO admin_audit (admin_id, action, target, before, after, at) VALUES (NULL, ?, ?, ?, ?, ?)")
                .params(action, target, before, after, Timestamp.from(clock.instant()))
                .update();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT id, admin_id, action, target, before, after, at FROM admin_audit ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("admin_id"),
                        rs.getString("action"), rs.getString("target"), rs.getString("before"),
                        rs.getString("after"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * The detail keys whose values are free text or name a person; in a state, everything from such a key on is free
     * text (it comes last, see {@link #record}). A regular expression for PostgreSQL.
     */
    static final String FREE_TEXT = "(^|, )(reason|note|name|username|email)=.*$";

    /** How a user is named in the log. */
    public static String user(long accountId) {
        return "user:" + accountId;
    }
}
