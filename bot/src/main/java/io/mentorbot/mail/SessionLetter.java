package io.mentorbot.mail;

import java.time.Instant;

/**
 * A session letter claimed and due: recorded in the event publication registry with the transaction that claimed it,
 * sent by {@link SessionLetters} after that commit. Public only because the registry stores and reads it; nothing
 * outside this module publishes it.
 *
 * @param bookingId   the booking
 * @param accountId   the reader
 * @param leadMinutes how long before the session the reminder goes out; {@code null} for the question to the mentor
 *                    whether the session took place
 * @param startsAt    the session's start it was planned for: a booking moved or cancelled since gets no letter
 */
public record SessionLetter(long bookingId, long accountId, Long leadMinutes, Instant startsAt) {
}
