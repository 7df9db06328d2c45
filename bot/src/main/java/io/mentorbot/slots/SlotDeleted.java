package io.mentorbot.slots;

/** An admin deleted a mentor's free or blocked slot; published in the transaction that changed it. */
public record SlotDeleted(long slotId, long mentorId, long adminId) {
}
