package io.mentorbot.bookings;

/** Where a booking stands. PENDING_PAYMENT and CONFIRMED are active: they hold their slot. */
public enum BookingStatus {
    PENDING_PAYMENT, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW;

    public boolean isActive() {
        return this == PENDING_PAYMENT || this == CONFIRMED;
    }
}
