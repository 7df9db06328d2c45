package io.mentorbot.slots;

/** An admin blocked a mentor's free slot: students no longer see it; published in the transaction that changed it. */
public record SlotBlocked(long slotId, long mentorId, long adminId) {
}
