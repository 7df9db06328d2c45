package io.mentorbot.bookings;

import java.time.Instant;

/**
 * A booking moved from one slot of its mentor to another; the old slot is free again. Published inside the moving
 * transaction.
 *
 * @param bookingId   the booking
 * @param studentId   the student who moved it
 * @param oldSlotId   the slot it held before
 * @param newSlotId   the slot it holds now
 * @param oldStartsAt when the session was to start before the move
 */
public record BookingRescheduled(long bookingId, long studentId, long oldSlotId, long newSlotId, Instant oldStartsAt) {
}
