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
