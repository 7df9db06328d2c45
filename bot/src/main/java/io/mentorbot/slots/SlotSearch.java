package io.mentorbot.slots;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any mentor's slots for the admin lists, filtered by mentor, status and start time, in pages. Only the columns of
 * {@link Sort} reach an ORDER BY; every value is a bound parameter.
 */
@Service
public class SlotSearch {

    /** A page of slots, and how many matched in all. */
    public record SlotPage(List<SlotView> slots, long total) {
    }

    /** The orders of the list. */
    public enum Sort {
        STARTS("s.starts_at"), ID("s.id");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** Each filter is left out when {@code null}; {@code from} and {@code to} bound the start as [from, to). */
    public record Filter(Long mentorId, SlotStatus status, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    SlotSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SlotPage find(Filter filter, Sort sort, boolean descending, int page, int size) {
        String where = " WHERE (CAST(:mentor AS BIGINT) IS NULL OR s.mentor_id = :mentor)"
                + " AND (CAST(:status AS TEXT) IS NULL OR s.status = :status)"
                + " AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR s.starts_at >= :from)"
                + " AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR s.starts_at < :to)";
        long total = bind(jdbc.sql("SELECT count(*) FROM slots s" + where), filter).query(Long.class).single();
        String direction = descending ? " DESC" : " ASC";
        List<SlotView> slots = bind(jdbc.sql(SlotRows.SELECT + where + " ORDER BY " + sort.column + direction
                        + ", s.id" + direction + " LIMIT :limit OFFSET :offset"), filter)
                .param("limit", size).param("offset", (long) page * size)
                .query(SlotRows::view).list();
        return new SlotPage(slots, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
        return statement.param("mentor", filter.mentorId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("from", filter.from() == null ? null : SlotStore.utc(filter.from()))
                .param("to", filter.to() == null ? null : SlotStore.utc(filter.to()));
    }
}
