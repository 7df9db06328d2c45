package io.mentorbot.admin;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of the admin console: users newest first, mentors listed first; a page of ids at a time. */
@Service
public class AdminDirectory {

    /** One page of account ids; {@code page} is clamped to the pages there are (0-based). */
    public record IdPage(List<Long> ids, int page, int pages) {
    }

    private final JdbcClient jdbc;

    AdminDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public IdPage newestUsers(int page, int size) {
        return page("id", "FROM users WHERE NOT deleted", "ORDER BY created_at DESC, id DESC", page, size);
    }

    @Transactional(readOnly = true)
    public IdPage mentors(int page, int size) {
        return page("u.id", "FROM users u JOIN mentor_profiles p ON p.user_id = u.id WHERE u.is_mentor AND NOT u.deleted",
                "ORDER BY p.listed DESC, u.id", page, size);
    }

    /**
     * Users (or only mentors) whose name or username contains the text, or whose Telegram id it is; at most
     * {@code limit} ids, best matches first (exact username, then names starting with the text), with the total.
     */
    @Transactional(readOnly = true)
    public Found search(String text, boolean mentorsOnly, int limit) {
        String needle = text.strip();
        if (needle.startsWith("@")) {
            needle = needle.substring(1);
        }
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Long telegramId = needle.matches("\\d{1,18}") ? Long.parseLong(needle) : -1L;
        String where = """
                 WHERE NOT u.deleted AND (coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '') ILIKE :like
                        OR u.username ILIKE :like OR u.telegram_id = :telegram)
                """ + (mentorsOnly ? " AND u.is_mentor" : "");
        long total = jdbc.sql("SELECT count(*) FROM users u" + where)
                .param("like", like).param("telegram", telegramId).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT u.id FROM users u" + where + """
                 ORDER BY coalesce(lower(u.username) = lower(:exact), false) DESC,
                          coalesce(u.first_name ILIKE :prefix, false) DESC,
                          u.first_name, u.id
                 LIMIT :limit
                """)
                .param("like", like).param("telegram", telegramId).param("exact", needle)
                .param("prefix", like.substring(1)).param("limit", limit)
                .query(Long.class).list();
        return new Found(ids, total);
    }

    /** Ids found by a search, and how many matched in all. */
    public record Found(List<Long> ids, long total) {
    }

    /** Pending mentor applications, oldest first (they have waited longest). */
    @Transactional(readOnly = true)
    public IdPage pendingApplications(int page, int size) {
        return page("id", "FROM mentor_applications WHERE status = 'PENDING'", "ORDER BY created_at, id", page, size);
    }

    private IdPage page(String id, String from, String order, int page, int size) {
        long total = jdbc.sql("SELECT count(*) " + from).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<Long> ids = jdbc.sql("SELECT " + id + " " + from + " " + order
                        + " LIMIT ? OFFSET ?")
                .params(size, current * size).query(Long.class).list();
        return new IdPage(ids, current, pages);
    }
}
