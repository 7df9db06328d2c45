package io.mentorbot.bookings;

/**
 * An active booking was cancelled by its student or, when {@code byMentor}, by the slot's mentor; when
 * {@code accountErased}, because that side erased their account (then nobody has told the other side yet).
 */
public record BookingCancelled(long bookingId, boolean byMentor, boolean accountErased) {

    public BookingCancelled(long bookingId, boolean byMentor) {
        this(bookingId, byMentor, false);
    }
}
