package io.mentorbot.bookings;

import java.time.Instant;

/**
 * A booking as the student's and the mentor's screens show it.
 *
 * @param id              the booking
 * @param slotId          the slot it holds (or held)
 * @param mentorId        the slot's mentor (users.id)
 * @param studentId       the student who booked (users.id)
 * @param startsAt        when the session starts
 * @param endsAt          when it ends
 * @param status          where the booking stands
 * @param note            what the student wrote for the mentor; {@code null} when nothing
 * @param mentorName      the mentor's first and last name, or {@code @username}, or {@code #id}
 * @param studentName     the student's name, the same way
 * @param studentUsername the student's Telegram username without {@code @}; {@code null} when none
 * @param priceMinor      the price agreed at booking time, in minor units (0: free)
 * @param currency        ISO 4217 code of the price
 * @param holdUntil       for a paid booking, until when the slot was held for the payment; {@code null} for free ones
 * @param cancelReason    why it was cancelled; {@code null} unless cancelled
 * @param confirmedAt     when it became CONFIRMED (and the student got its calendar file); {@code null} if never
 * @param revision        how many times it changed since it was made (moved, cancelled): its calendar file's SEQUENCE
 */
public record BookingView(long id, long slotId, long mentorId, long studentId, Instant startsAt, Instant endsAt,
                          BookingStatus status, String note, String mentorName, String studentName,
                          String studentUsername, long priceMinor, String currency, Instant holdUntil,
                          String cancelReason, Instant confirmedAt, int revision) {
}
