package io.mentorbot.bookings;

/**
 * A booking became CONFIRMED: made with a free mentor, or paid within its hold. Published inside the confirming
 * transaction. {@code booking} is the booking as that transaction left it, so a listener in that transaction need not
 * read it again.
 */
public record BookingConfirmed(long bookingId, BookingView booking) {
}
