package io.mentorbot.bookings;

/**
 * Which bookings an admin lists.
 *
 * @param filter what to filter on
 * @param value  the filter's value: a {@link BookingStatus} ordinal for {@link Filter#STATUS}, a users.id for
 *               {@link Filter#MENTOR} and {@link Filter#STUDENT}; ignored for {@link Filter#UPCOMING}
 */
public record BookingQuery(Filter filter, long value) {

    /** The admin console's booking filters. */
    public enum Filter {
        /** Active bookings that have not ended, soonest first. */
        UPCOMING,
        /** Every booking in one status, newest session first. */
        STATUS,
        /** Every booking of one mentor, newest session first. */
        MENTOR,
        /** Every booking of one student, newest session first. */
        STUDENT
    }

    /** The status a {@link Filter#STATUS} query asks for. */
    public BookingStatus status() {
        BookingStatus[] statuses = BookingStatus.values();
        return value >= 0 && value < statuses.length ? statuses[(int) value] : BookingStatus.CONFIRMED;
    }
}
