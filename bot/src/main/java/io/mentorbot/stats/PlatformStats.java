package io.mentorbot.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentorbot.stats.PlatformSnapshot.DayCount;
import io.mentorbot.stats.PlatformSnapshot.TopMentor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the platform's numbers: totals from the counters the database keeps exact with triggers (V9), recent
 * figures from indexed ranges, so {@code /stats} stays fast on a large platform.
 */
@Service
public class PlatformStats {

    static final int DAYS = 30;
    static final int TOP = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    PlatformStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The numbers now; days of the chart are cut in {@code zone}. */
    @Transactional(readOnly = true)
    public PlatformSnapshot snapshot(ZoneId zone) {
        Instant now = clock.instant();
        // Recent windows start at a whole hour: the hour 7 (30) days before the current one.
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Timestamp week = Timestamp.from(hour.minus(Duration.ofDays(7)));
        Timestamp month = Timestamp.from(hour.minus(Duration.ofDays(30)));
        Map<String, Long> counters = new HashMap<>();
        jdbc.sql("SELECT name, sum(value) FROM stats_counters GROUP BY name")
                .query((rs, n) -> counters.put(rs.getString(1), rs.getLong(2))).list();
        long[] newUsers = recent("users", week, month);
        Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        long freeAhead = jdbc.sql("""
                SELECT coalesce(sum(value), 0) FROM stats_hourly WHERE metric = 'free_slots' AND hour >= :next
                """).param("next", Timestamp.from(nextHour)).query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM slots WHERE status = 'FREE' AND starts_at > :now AND starts_at < :next")
                .param("now", Timestamp.from(now)).param("next", Timestamp.from(nextHour)).query(Long.class).single();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String status : List.of("PENDING_PAYMENT", "CONFIRMED", "COMPLETED", "NO_SHOW", "CANCELLED")) {
            byStatus.put(status, counters.getOrDefault("bookings:" + status, 0L));
        }
        long[] newBookings = recent("bookings", week, month);
        return new PlatformSnapshot(counters.getOrDefault("users", 0L), counters.getOrDefault("mentors", 0L),
                newUsers[0], newUsers[1], counters.getOrDefault("slots", 0L),
                counters.getOrDefault("slots:BOOKED", 0L), freeAhead, byStatus, newBookings[0], newBookings[1],
                topMentors(),
                perDay(now, zone));
    }

    /** The longest series {@link #perDay(int, ZoneId)} gives. */
    public static final int MAX_SERIES_DAYS = 366;

    /** Bookings made and accounts signed up on one day. */
    public record DayActivity(LocalDate day, long bookings, long signUps) {
    }

    /**
     * Bookings made and sign-ups per day over the last {@code days} days up to today (days cut in {@code zone}),
     * oldest first, every day present; {@code days} is kept within 1 and {@link #MAX_SERIES_DAYS}.
     */
    @Transactional(readOnly = true)
    public List<DayActivity> perDay(int days, ZoneId zone) {
        int span = Math.max(1, Math.min(days, MAX_SERIES_DAYS));
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(span - 1);
        Map<LocalDate, long[]> counts = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, new long[2]);
        }
        jdbc.sql("""
                SELECT metric, hour, value FROM stats_hourly
                 WHERE metric IN ('bookings', 'users') AND hour >= :from
                """)
                .param("from", Timestamp.from(first.atStartOfDay(zone).toInstant()))
                .query((rs, n) -> {
                    long[] day = counts.get(rs.getTimestamp("hour").toInstant().atZone(zone).toLocalDate());
                    if (day != null) {
                        day[rs.getString("metric").equals("bookings") ? 0 : 1] += rs.getLong("value");
                    }
                    return n;
                }).list();
        List<DayActivity> series = new ArrayList<>();
        counts.forEach((day, c) -> series.add(new DayActivity(day, c[0], c[1])));
        return series;
    }

    /** Made since {@code week} and since {@code month}, from the hourly buckets. */
    private long[] recent(String metric, Timestamp week, Timestamp month) {
        return jdbc.sql("""
                SELECT coalesce(sum(value) FILTER (WHERE hour >= :week), 0), coalesce(sum(value), 0)
                  FROM stats_hourly WHERE metric = :metric AND hour >= :month
                """).param("metric", metric).param("week", week).param("month", month)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private List<TopMentor> topMentors() {
        return jdbc.sql("""
                SELECT u.id, coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), '@' || u.username,
                       '#' || u.id) AS name, t.sessions
                  FROM (SELECT mentor_id, sessions FROM stats_mentor_sessions WHERE sessions > 0
                         ORDER BY sessions DESC, mentor_id LIMIT :top) t
                  JOIN users u ON u.id = t.mentor_id
                 ORDER BY t.sessions DESC, u.id
                """).param("top", TOP)
                .query((rs, n) -> new TopMentor(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    private List<DayCount> perDay(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, 0L);
        }
        jdbc.sql("SELECT hour, value FROM stats_hourly WHERE metric = 'bookings' AND hour >= :from")
                .param("from", Timestamp.from(first.atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new DayCount(rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(), rs.getLong(2)))
                .list().forEach(d -> counts.computeIfPresent(d.day(), (day, sum) -> sum + d.bookings()));
        List<DayCount> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new DayCount(day, count)));
        return days;
    }
}
