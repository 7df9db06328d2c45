package io.mentorbot.bookings;

import java.util.List;

/** One page of an admin's booking list; {@code page} is clamped to the pages there are (0-based). */
public record BookingPage(List<BookingView> bookings, int page, int pages, long total) {
}
