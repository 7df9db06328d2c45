package io.mentorbot.slots;

/** Where a slot stands. Only FREE slots can be booked; CANCELLED slots no longer hold their time. */
public enum SlotStatus {
    FREE, BOOKED, BLOCKED, CANCELLED
}
