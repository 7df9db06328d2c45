package io.mentorbot.slots;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mentor's own slots: the list of upcoming ones, and blocking, unblocking and deleting them. Every action names
 * the acting mentor and takes effect only on that mentor's slot in the expected status, in one conditional
 * statement, so a slot booked a moment earlier is never blocked or deleted.
 */
@Service
public class SlotBoard {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlotBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The mentor's slots that have not ended yet, cancelled ones left out, in time order. */
    @Transactional(readOnly = true)
    public List<SlotView> upcoming(long mentorId, int limit) {
        return jdbc.sql(SlotRows.SELECT + """
                         WHERE s.mentor_id = :mentor AND s.status <> 'CANCELLED' AND s.ends_at > :now
                         ORDER BY s.starts_at
                         LIMIT :limit
                        """)
                .param("mentor", mentorId).param("now", SlotStore.utc(clock.instant())).param("limit", limit)
                .query(SlotRows::view).list();
    }

    /** The mentor's slots starting in [from, to), cancelled ones left out, in time order (the admin console's day). */
    @Transactional(readOnly = true)
    public List<SlotView> between(long mentorId, Instant from, Instant to) {
        return jdbc.sql(SlotRows.SELECT + """
                         WHERE s.mentor_id = :mentor AND s.status <> 'CANCELLED'
                           AND s.starts_at >= :from AND s.starts_at < :to
                         ORDER BY s.starts_at
                        """)
                .param("mentor", mentorId).param("from", SlotStore.utc(from)).param("to", SlotStore.utc(to))
                .query(SlotRows::view).list();
    }

    /** Any slot by id, whoever's it is; callers check who may see it. */
    @Transactional(readOnly = true)
    public Optional<SlotView> find(long slotId) {
        return jdbc.sql(SlotRows.SELECT + " WHERE s.id = :slot").param("slot", slotId).query(SlotRows::view)
                .optional();
    }

    /** FREE to BLOCKED: students no longer see the slot. */
    @Transactional
    public SlotOutcome block(long mentorId, long slotId) {
        return move(mentorId, slotId, SlotStatus.FREE, SlotStatus.BLOCKED);
    }

    /** BLOCKED to FREE: students can book the slot again. */
    @Transactional
    public SlotOutcome unblock(long mentorId, long slotId) {
        return move(mentorId, slotId, SlotStatus.BLOCKED, SlotStatus.FREE);
    }

    /**
     * Removes a FREE or BLOCKED slot. A slot that never had a booking is deleted; one with booking history is
     * marked CANCELLED, so the history keeps its slot while the time becomes available again.
     */
    @Transactional
    public SlotOutcome deleteFree(long mentorId, long slotId) {
        int deleted = jdbc.sql("""
                        DELETE FROM slots s
                         WHERE s.id = :slot AND s.mentor_id = :mentor AND s.status IN ('FREE', 'BLOCKED')
                           AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id)
                        """)
                .param("slot", slotId).param("mentor", mentorId).update();
        if (deleted == 1) {
            return SlotOutcome.DONE;
        }
        int cancelled = jdbc.sql("""
                        UPDATE slots SET status = 'CANCELLED', updated_at = :now
                         WHERE id = :slot AND mentor_id = :mentor AND status IN ('FREE', 'BLOCKED')
                        """)
                .param("slot", slotId).param("mentor", mentorId).param("now", SlotStore.utc(clock.instant()))
                .update();
        return cancelled == 1 ? SlotOutcome.DONE : whyNot(mentorId, slotId);
    }

    private SlotOutcome move(long mentorId, long slotId, SlotStatus from, SlotStatus to) {
        int moved = jdbc.sql("""
                        UPDATE slots SET status = :to, updated_at = :now
                         WHERE id = :slot AND mentor_id = :mentor AND status = :from
                        """)
                .param("to", to.name()).param("now", SlotStore.utc(clock.instant()))
                .param("slot", slotId).param("mentor", mentorId).param("from", from.name())
                .update();
        return moved == 1 ? SlotOutcome.DONE : whyNot(mentorId, slotId);
    }

    private SlotOutcome whyNot(long mentorId, long slotId) {
        long mine = jdbc.sql("SELECT count(*) FROM slots WHERE id = :slot AND mentor_id = :mentor")
                .param("slot", slotId).param("mentor", mentorId).query(Long.class).single();
        return mine == 0 ? SlotOutcome.NOT_FOUND_OR_NOT_YOURS : SlotOutcome.WRONG_STATUS;
    }
}
