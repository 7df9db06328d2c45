package io.mentorbot.bookings;

import java.time.Instant;

/**
 * Which bookings the admin lists show, and in what order; each filter is left out when {@code null}.
 *
 * @param status     the booking's status
 * @param mentorId   the slot's mentor (users.id)
 * @param studentId  the student (users.id)
 * @param from       sessions starting at or after this
 * @param to         sessions starting before this
 * @param sort       the order
 * @param descending whether the order is reversed
 */
public record BookingSearch(BookingStatus status, Long mentorId, Long studentId, Instant from, Instant to, Sort sort,
                            boolean descending) {

    /** The orders of the list: by session start, by when the booking was made, by id. */
    public enum Sort {
        STARTS("s.starts_at"), CREATED("b.created_at"), ID("b.id");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }
}
