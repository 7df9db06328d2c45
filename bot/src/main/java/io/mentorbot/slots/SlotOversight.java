package io.mentorbot.slots;

import java.util.Optional;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins block, unblock and delete any mentor's slots. The actor is checked in the database; the change goes through
 * {@link SlotBoard}'s conditional statements on behalf of the slot's mentor, so a slot booked a moment earlier is
 * never blocked or deleted. Each change is audited with its state before and after and announced
 * ({@link SlotBlocked}, {@link SlotUnblocked}, {@link SlotDeleted}).
 */
@Service
public class SlotOversight {

    /** What became of an admin's action on a slot. */
    public enum Result { DONE, NOT_POSSIBLE, NOT_ADMIN }

    private enum Act { BLOCK, UNBLOCK, DELETE }

    private final SlotBoard board;
    private final AccountDesk accounts;
    private final AdminAudit audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SlotOversight(SlotBoard board, AccountDesk accounts, AdminAudit audit, JdbcClient jdbc,
                  ApplicationEventPublisher events) {
        this.board = board;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** FREE to BLOCKED. */
    @Transactional
    public Result block(long adminId, long slotId) {
        return act(adminId, slotId, Act.BLOCK);
    }

    /** BLOCKED to FREE. */
    @Transactional
    public Result unblock(long adminId, long slotId) {
        return act(adminId, slotId, Act.UNBLOCK);
    }

    /** Removes a FREE or BLOCKED slot (as {@link SlotBoard#deleteFree} does). */
    @Transactional
    public Result delete(long adminId, long slotId) {
        return act(adminId, slotId, Act.DELETE);
    }

    private Result act(long adminId, long slotId, Act act) {
        if (!accounts.isAdminNow(adminId)) {
            return Result.NOT_ADMIN;
        }
        Optional<Owned> slot = lock(slotId);
        if (slot.isEmpty()) {
            return Result.NOT_POSSIBLE;
        }
        long mentorId = slot.get().mentorId();
        SlotOutcome outcome = switch (act) {
            case BLOCK -> board.block(mentorId, slotId);
            case UNBLOCK -> board.unblock(mentorId, slotId);
            case DELETE -> board.deleteFree(mentorId, slotId);
        };
        if (outcome != SlotOutcome.DONE) {
            return Result.NOT_POSSIBLE;
        }
        String after = board.find(slotId).map(s -> "status=" + s.status()).orElse("deleted");
        audit.record(adminId, switch (act) {
            case BLOCK -> "block-slot";
            case UNBLOCK -> "unblock-slot";
            case DELETE -> "delete-slot";
        }, "slot:" + slotId, "status=" + slot.get().status(), after);
        events.publishEvent(switch (act) {
            case BLOCK -> new SlotBlocked(slotId, mentorId, adminId);
            case UNBLOCK -> new SlotUnblocked(slotId, mentorId, adminId);
            case DELETE -> new SlotDeleted(slotId, mentorId, adminId);
        });
        return Result.DONE;
    }

    /** The slot's mentor and status, its row locked until the transaction ends: the state the audit calls "before". */
    private Optional<Owned> lock(long slotId) {
        return jdbc.sql("SELECT mentor_id, status FROM slots WHERE id = ? FOR UPDATE").param(slotId)
                .query((rs, n) -> new Owned(rs.getLong("mentor_id"), rs.getString("status"))).optional();
    }

    private record Owned(long mentorId, String status) {
    }
}
