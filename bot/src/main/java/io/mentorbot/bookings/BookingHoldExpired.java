package io.mentorbot.bookings;

/**
 * A booking awaiting payment was cancelled because its hold ran out; its slot is free again. Published inside the
 * expiring transaction.
 */
public record BookingHoldExpired(long bookingId) {
}
