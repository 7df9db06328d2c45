package io.mentorbot.slots;

/** An admin unblocked a mentor's slot: students can book it again; published in the transaction that changed it. */
public record SlotUnblocked(long slotId, long mentorId, long adminId) {
}
