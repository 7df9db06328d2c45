package io.mentorbot.slots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What students can book: a mentor's free slots that have not started yet, by day in the viewer's own zone.
 */
@Service
public class SlotTimetable {

    /** The longest month, in days: the day query always asks about this many (the SQL's generate_series too). */
    private static final int MAX_DAYS = 31;

    private final JdbcClient jdbc;
    private final Clock clock;

    SlotTimetable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The days of the month, in the viewer's zone, on which the mentor has a free slot still to come. */
    @Transactional(readOnly = true)
    public List<LocalDate> daysWithFreeSlots(long mentorId, YearMonth month, ZoneId viewerZone) {
        return daysWithFreeSlots(mentorId, month, viewerZone, clock.instant());
    }

    /**
     * The days of the month, in the viewer's zone, on which the mentor has a free slot starting after
     * {@code after} (for students: now plus the minimum notice a booking needs).
     */
    @Transactional(readOnly = true)
    public List<LocalDate> daysWithFreeSlots(long mentorId, YearMonth month, ZoneId viewerZone, Instant after) {
        // The day boundaries come from Java (any zone, daylight saving included); PostgreSQL answers, per day, whether
        // one free slot exists: an index probe each, at most 31 small rows instead of every slot of the month.
        List<LocalDate> days = month.atDay(1).datesUntil(month.plusMonths(1).atDay(1)).toList();
        StringBuilder starts = new StringBuilder("{");
        for (LocalDate day : days) {
            starts.append(starts.length() > 1 ? "," : "").append(day.atStartOfDay(viewerZone).toInstant());
        }
        // Always 31 intervals (a shorter month ends in empty ones): the statement then has the same shape for every
        // month, so PostgreSQL plans it once per connection instead of on every call (0.4 ms a call).
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(viewerZone).toInstant();
        for (int bound = days.size(); bound < MAX_DAYS + 1; bound++) {
            starts.append(',').append(end);
        }
        starts.append('}');
        return jdbc.sql("""
                        SELECT d.n FROM (SELECT n, b[n] AS from_at, b[n + 1] AS to_at
                                           FROM CAST(:bounds AS timestamptz[]) AS b, generate_series(1, 31) AS n) d
                         WHERE EXISTS (SELECT 1 FROM slots s
                                        WHERE s.mentor_id = :mentor AND s.status = 'FREE'
                                          AND s.starts_at >= d.from_at AND s.starts_at < d.to_at
                                          AND s.starts_at > :now)
                         ORDER BY d.n
                        """)
                .param("mentor", mentorId).param("bounds", starts.toString())
                .param("now", SlotStore.utc(after))
                .query((rs, n) -> days.get(rs.getInt("n") - 1))
                .list();
    }

    /** The mentor's free slots still to come that start on the given day in the viewer's zone, in time order. */
    @Transactional(readOnly = true)
    public List<SlotView> freeSlotsOn(long mentorId, LocalDate day, ZoneId viewerZone) {
        return freeSlotsOn(mentorId, day, viewerZone, clock.instant());
    }

    /** The same, starting after {@code after} (for students: now plus the minimum notice a booking needs). */
    @Transactional(readOnly = true)
    public List<SlotView> freeSlotsOn(long mentorId, LocalDate day, ZoneId viewerZone, Instant after) {
        Instant from = day.atStartOfDay(viewerZone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(viewerZone).toInstant();
        return jdbc.sql(SlotRows.SELECT_FREE + """
                         WHERE s.mentor_id = :mentor AND s.status = 'FREE'
                           AND s.starts_at >= :from AND s.starts_at < :to AND s.starts_at > :now
                         ORDER BY s.starts_at
                        """)
                .param("mentor", mentorId).param("from", SlotStore.utc(from)).param("to", SlotStore.utc(to))
                .param("now", SlotStore.utc(after))
                .query(SlotRows::view).list();
    }

    /**
     * The mentor's free slots starting in {@code [from, to)} and after {@code after} (for students: now plus the
     * minimum notice), in time order, at most {@code limit} of them.
     */
    @Transactional(readOnly = true)
    public List<SlotView> freeSlotsBetween(long mentorId, Instant from, Instant to, Instant after, int limit) {
        return jdbc.sql(SlotRows.SELECT_FREE + """
                         WHERE s.mentor_id = :mentor AND s.status = 'FREE'
                           AND s.starts_at >= :from AND s.starts_at < :to AND s.starts_at > :now
                         ORDER BY s.starts_at
                         LIMIT :limit
                        """)
                .param("mentor", mentorId).param("from", SlotStore.utc(from)).param("to", SlotStore.utc(to))
                .param("now", SlotStore.utc(after)).param("limit", limit)
                .query(SlotRows::view).list();
    }

    /** Any slot by id, whatever its status or time; callers check what they may do with it. */
    @Transactional(readOnly = true)
    public Optional<SlotView> find(long slotId) {
        return jdbc.sql(SlotRows.SELECT + " WHERE s.id = :slot").param("slot", slotId)
                .query(SlotRows::view).optional();
    }

    /** When the mentor's next free slot starts, if there is one still to come. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextFree(long mentorId) {
        return nextFree(mentorId, clock.instant());
    }

    /** When the mentor's next free slot starting after {@code after} starts, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextFree(long mentorId, Instant after) {
        return jdbc.sql("""
                        SELECT min(starts_at) AS next FROM slots
                         WHERE mentor_id = :mentor AND status = 'FREE' AND starts_at > :now
                        """)
                .param("mentor", mentorId).param("now", SlotStore.utc(after))
                .query((rs, n) -> Optional.ofNullable(SlotStore.instant(rs, "next"))).single();
    }
}
