package io.mentorbot.bookings;

/** A booking became CONFIRMED: made with a free mentor, or paid within its hold. */
public record BookingConfirmed(long bookingId) {
}
