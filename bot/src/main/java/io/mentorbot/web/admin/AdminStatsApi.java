package io.mentorbot.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform's numbers as the bot's {@code /stats} shows them, with per-day series for charts. */
@RestController
@RequestMapping("/api/v1/admin/stats")
class AdminStatsApi {

    private final PlatformStats stats;
    private final AccountDesk accounts;

    AdminStatsApi(PlatformStats stats, AccountDesk accounts) {
        this.stats = stats;
        this.accounts = accounts;
    }

    /**
     * Rates are shares from 0 to 1; the series has one entry per day of the last {@code days} days, oldest first, the
     * days cut in {@code zone} (the admin's own time zone).
     */
    record Stats(long users, long mentors, long newUsers7, long newUsers30, long slotsCreated, long slotsBooked,
                 long slotsFreeAhead, long bookings, Map<String, Long> bookingsByStatus, long newBookings7,
                 long newBookings30, double cancellationRate, double noShowRate, List<TopMentor> topMentors,
                 String zone, int days, List<Day> series) {
    }

    record TopMentor(long mentorId, String name, long sessions) {
    }

    record Day(LocalDate day, long bookings, long signUps) {
    }

    @GetMapping
    Stats stats(@AuthenticationPrincipal Long accountId,
                @RequestParam(defaultValue = "30") @Min(1) @Max(PlatformStats.MAX_SERIES_DAYS) int days) {
        ZoneId zone = accounts.find(accountId).orElseThrow().zone();
        PlatformSnapshot now = stats.snapshot(zone);
        List<Day> series = stats.perDay(days, zone).stream()
                .map(d -> new Day(d.day(), d.bookings(), d.signUps())).toList();
        return new Stats(now.users(), now.mentors(), now.newUsers7(), now.newUsers30(), now.slotsCreated(),
                now.slotsBooked(), now.slotsFreeAhead(), now.bookings(), now.bookingsByStatus(), now.newBookings7(),
                now.newBookings30(), now.cancellationRate(), now.noShowRate(),
                now.topMentors().stream().map(t -> new TopMentor(t.mentorId(), t.name(), t.sessions())).toList(),
                zone.getId(), days, series);
    }
}
