package io.mentorbot.bookings;

import java.time.Instant;

/**
 * A student of a mentor.
 *
 * @param studentId   the student (users.id)
 * @param name        first and last name, or {@code @username}, or {@code #id}
 * @param username    Telegram username without {@code @}; {@code null} when none
 * @param sessions    how many of the mentor's sessions the student has booked, cancelled ones left out
 * @param lastSession the start of the latest of those sessions (it may still be to come)
 */
public record Client(long studentId, String name, String username, int sessions, Instant lastSession) {
}
