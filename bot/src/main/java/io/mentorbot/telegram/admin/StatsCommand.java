package io.mentorbot.telegram.admin;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /stats} for admins: the platform's numbers, then a chart of bookings per day over 30 days. */
@Component
class StatsCommand implements CommandHandler {

    private final PlatformStats stats;

    StatsCommand(PlatformStats stats) {
        this.stats = stats;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        ZoneId zone = turn.account().zone();
        PlatformSnapshot s = stats.snapshot(zone);
        StringBuilder text = new StringBuilder(turn.t("stats.title")).append("\n\n")
                .append(turn.t("stats.users", s.users(), s.mentors(), s.newUsers7(), s.newUsers30())).append("\n\n")
                .append(turn.t("stats.slots", s.slotsCreated(), s.slotsBooked(), s.slotsFreeAhead())).append("\n\n")
                .append(turn.t("stats.bookings", s.bookings(), s.newBookings7(), s.newBookings30()));
        for (Map.Entry<String, Long> status : s.bookingsByStatus().entrySet()) {
            text.append("\n  ").append(turn.t("my.status." + status.getKey().toLowerCase(Locale.ROOT)))
                    .append(": ").append(status.getValue());
        }
        text.append("\n").append(turn.t("stats.rates", percent(s.cancellationRate()), percent(s.noShowRate())));
        if (!s.topMentors().isEmpty()) {
            text.append("\n\n").append(turn.t("stats.top"));
            int place = 0;
            for (PlatformSnapshot.TopMentor mentor : s.topMentors()) {
                text.append("\n").append(++place).append(". ").append(mentor.name()).append(" — ")
                        .append(turn.t("stats.sessions", mentor.sessions()));
            }
        }
        turn.reply(text.toString());
        turn.replyPhoto(StatsChart.png(s.bookingsPerDay(), turn.t("stats.chart.title", zone.getId()),
                turn.t("stats.chart.axis"), turn.language()), "bookings-per-day.png",
                turn.t("stats.chart.caption"));
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
