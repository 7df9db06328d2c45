package io.mentorbot.telegram.admin;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.view.Keyboards;
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
        PlatformSnapshot s = stats.snapshot(turn.account().zone());
        turn.reply(text(turn, s));
        chart(turn, s);
    }

    /** The console's stats: the numbers on the console's screen, with the way back, and the chart below it. */
    void screen(Turn turn) {
        PlatformSnapshot s = stats.snapshot(turn.account().zone());
        turn.show(text(turn, s), Keyboards.column(
                Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0))));
        chart(turn, s);
    }

    private String text(Turn turn, PlatformSnapshot s) {
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
        return text.toString();
    }

    private void chart(Turn turn, PlatformSnapshot s) {
        ZoneId zone = turn.account().zone();
        turn.replyPhoto(StatsChart.png(s.bookingsPerDay(), turn.t("stats.chart.title", zone.getId()),
                turn.t("stats.chart.axis"), turn.language()), "bookings-per-day.png",
                turn.t("stats.chart.caption"));
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
