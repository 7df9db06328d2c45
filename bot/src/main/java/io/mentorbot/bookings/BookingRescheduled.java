package io.mentorbot.bookings;

/** A booking moved from one slot of its mentor to another; the old slot is free again. */
public record BookingRescheduled(long bookingId, long oldSlotId, long newSlotId) {
}
