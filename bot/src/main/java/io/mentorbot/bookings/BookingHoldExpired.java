package io.mentorbot.bookings;

/** A booking awaiting payment was cancelled because its hold ran out; its slot is free again. */
public record BookingHoldExpired(long bookingId) {
}
