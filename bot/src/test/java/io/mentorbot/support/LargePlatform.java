package io.mentorbot.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large platform loaded in bulk for benchmarks, in well under a minute: 100,000 users of whom the first 1,000
 * are listed mentors (Telegram ids 1..1,000, one topic each), 1,000,000 one-hour slots (1,000 per mentor, every 8
 * hours from 1 September 2026, about 60% of them before {@link #NOW}) and 300,000 bookings.
 */
public final class LargePlatform {

    /** The moment the data is laid out around: Monday 15 March 2027, 12:00 in Kyiv. */
    public static final String NOW = "2027-03-15T10:00:00Z";
    public static final int USERS = 100_000;
    public static final int MENTORS = 1_000;

    private LargePlatform() {
    }

    /** Empties the platform's tables and loads it. */
    public static void load(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE bookings, slots, mentor_profiles, users RESTART IDENTITY CASCADE").update();
        // A bulk load: per-row counter triggers off, one recount at the end (as an operator would do).
        for (String table : List.of("users", "slots", "bookings")) {
            jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
        }
        jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, language, time_zone, is_mentor, created_at)
                SELECT g, g, 'User ' || g, 'EN', 'Europe/Kyiv', g <= ?,
                       timestamptz '2027-03-15 10:00+00' - (g % 400) * interval '1 day'
                  FROM generate_series(1, ?) g
                """).params(MENTORS, USERS).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed)
                SELECT id, 'Mentor ' || id, ARRAY[(ARRAY['programming','fitness','investing','design','career',
                       'languages','marketing','music'])[1 + id % 8]], true
                  FROM users WHERE is_mentor
                """).update();
        // 1,000 mentors x 1,000 one-hour slots each, every 8 hours from 2026-09-01: about 60% of them past.
        jdbc.sql("""
                INSERT INTO slots (mentor_id, starts_at, ends_at, status)
                SELECT m, timestamptz '2026-09-01 00:00+00' + s * interval '8 hours',
                          timestamptz '2026-09-01 01:00+00' + s * interval '8 hours',
                       CASE WHEN s % 10 < 3 THEN 'BOOKED' WHEN s % 10 = 3 THEN 'BLOCKED' ELSE 'FREE' END
                  FROM generate_series(1, ?) m, generate_series(0, 999) s
                """).param(MENTORS).update();
        jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, created_at)
                SELECT id, 1001 + (id % 99000),
                       CASE WHEN starts_at < timestamptz '2027-03-15 10:00+00'
                            THEN (ARRAY['COMPLETED','COMPLETED','COMPLETED','NO_SHOW'])[1 + id % 4]
                            ELSE 'CONFIRMED' END,
                       starts_at - interval '5 days'
                  FROM slots WHERE status = 'BOOKED'
                """).update();
        for (String table : List.of("users", "slots", "bookings")) {
            jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
        }
        jdbc.sql("SELECT stats_recount()").query((rs, n) -> 1).list();
        jdbc.sql("VACUUM ANALYZE").update();
    }
}
