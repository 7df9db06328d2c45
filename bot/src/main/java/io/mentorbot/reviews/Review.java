package io.mentorbot.reviews;

import java.time.Instant;

/**
 * A student's review of a completed session.
 *
 * @param id          the review
 * @param bookingId   the session reviewed
 * @param mentorId    the mentor reviewed (users.id)
 * @param studentId   the author (users.id)
 * @param studentName the author's first name, or {@code #id} once erased
 * @param stars       1 to 5
 * @param comment     the student's words; {@code null} when none
 * @param reply       the mentor's answer; {@code null} until given
 * @param createdAt   when it was written
 */
public record Review(long id, long bookingId, long mentorId, long studentId, String studentName, int stars,
                     String comment, String reply, Instant createdAt) {
}
