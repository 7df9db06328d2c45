package io.mentorbot.bookings;

/** An active booking was cancelled by its student or, when {@code byMentor}, by the slot's mentor. */
public record BookingCancelled(long bookingId, boolean byMentor) {
}
