package io.mentorbot.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The platform at one moment.
 *
 * @param bookingsByStatus booking counts keyed by status name (PENDING_PAYMENT, CONFIRMED ...)
 * @param bookingsPerDay   bookings made per day over the last 30 days, oldest first, every day present
 */
public record PlatformSnapshot(long users, long mentors, long newUsers7, long newUsers30, long slotsCreated,
                               long slotsBooked, long slotsFreeAhead, Map<String, Long> bookingsByStatus,
                               long newBookings7, long newBookings30, List<TopMentor> topMentors,
                               List<DayCount> bookingsPerDay) {

    public record TopMentor(long mentorId, String name, long sessions) {
    }

    public record DayCount(LocalDate day, long bookings) {
    }

    public long bookings() {
        return bookingsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of bookings cancelled, 0..1. */
    public double cancellationRate() {
        long all = bookings();
        return all == 0 ? 0 : (double) bookingsByStatus.getOrDefault("CANCELLED", 0L) / all;
    }

    /** Share of held sessions the student missed, 0..1. */
    public double noShowRate() {
        long noShow = bookingsByStatus.getOrDefault("NO_SHOW", 0L);
        long held = noShow + bookingsByStatus.getOrDefault("COMPLETED", 0L);
        return held == 0 ? 0 : (double) noShow / held;
    }
}
