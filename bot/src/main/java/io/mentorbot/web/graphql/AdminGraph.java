package io.mentorbot.web.graphql;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import io.mentorbot.web.graphql.GraphTypes.AdminStats;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The platform's numbers as the bot's {@code /stats} and {@code GET /api/v1/admin/stats} show them; admins only. */
@Controller
class AdminGraph {

    private final PlatformStats stats;
    private final AccountDesk accounts;

    AdminGraph(PlatformStats stats, AccountDesk accounts) {
        this.stats = stats;
        this.accounts = accounts;
    }

    @QueryMapping
    AdminStats adminStats() {
        long admin = Caller.holding("ADMIN");
        PlatformSnapshot now = stats.snapshot(accounts.find(admin).orElseThrow().zone());
        return new AdminStats(now.users(), now.mentors(), now.newUsers7(), now.newUsers30(), now.bookings(),
                now.newBookings7(), now.newBookings30(), now.cancellationRate(), now.noShowRate(),
                now.slotsFreeAhead());
    }
}
