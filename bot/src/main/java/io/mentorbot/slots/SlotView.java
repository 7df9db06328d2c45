package io.mentorbot.slots;

import java.time.Instant;

/**
 * A slot as the mentor's and the students' screens show it.
 *
 * @param id          the slot
 * @param mentorId    the mentor it belongs to (users.id)
 * @param startsAt    when the session starts
 * @param endsAt      when it ends
 * @param status      where it stands
 * @param studentName who holds it (first and last name, or {@code @username}) while a booking is active;
 *                    {@code null} otherwise
 */
public record SlotView(long id, long mentorId, Instant startsAt, Instant endsAt, SlotStatus status,
                       String studentName) {
}
