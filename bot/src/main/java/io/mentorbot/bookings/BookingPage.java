package io.mentorbot.bookings;

import java.util.List;

/**
 * One page of a booking list (0-based {@code page}): the admin console's is clamped to the pages there are, a
 * student's list is not.
 */
public record BookingPage(List<BookingView> bookings, int page, int pages, long total) {
}
