package io.mentorbot.web.student;

import java.math.BigDecimal;
import java.time.Instant;

import io.mentorbot.bookings.BookingView;

/**
 * A booking as the API shows it to its student or its mentor. Times are UTC instants; the price is a decimal string
 * in major units ("500.00") with its ISO 4217 currency; {@code holdUntil} is set while a paid booking awaits its
 * payment (and stays as it was afterwards).
 */
record BookingJson(long id, long slotId, String status, Instant startsAt, Instant endsAt, Person mentor,
                   Person student, String note, Money price, Instant holdUntil, String cancelReason,
                   Instant confirmedAt) {

    /** Someone on the platform, by account id and the name others see. */
    record Person(long id, String name) {
    }

    /** An amount of money: {@code amount} in major units as a decimal string, never a binary floating point. */
    record Money(String amount, String currency) {

        static Money ofMinor(long minor, String currency) {
            return new Money(BigDecimal.valueOf(minor, 2).toPlainString(), currency);
        }
    }

    static BookingJson of(BookingView booking) {
        return new BookingJson(booking.id(), booking.slotId(), booking.status().name(), booking.startsAt(),
                booking.endsAt(), new Person(booking.mentorId(), booking.mentorName()),
                new Person(booking.studentId(), booking.studentName()), booking.note(),
                Money.ofMinor(booking.priceMinor(), booking.currency()), booking.holdUntil(), booking.cancelReason(),
                booking.confirmedAt());
    }
}
