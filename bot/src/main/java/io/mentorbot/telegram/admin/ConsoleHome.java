package io.mentorbot.telegram.admin;

import java.util.List;

import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminSearch;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * {@code /admin}: the inline console's home, and the way to its panes (users, mentors, bookings, applications,
 * search, export, stats). {@code /admin <text>} searches users at once.
 */
@Component
class ConsoleHome implements CommandHandler {

    private final ConsoleUsers users;
    private final ConsoleMentors mentors;
    private final ConsoleBookings bookings;
    private final ConsoleApplications applications;
    private final ConsoleSearch search;
    private final StatsCommand stats;
    private final ExportCommand export;
    private final ConversationStore conversations;

    ConsoleHome(ConsoleUsers users, ConsoleMentors mentors, ConsoleBookings bookings,
                ConsoleApplications applications, ConsoleSearch search, StatsCommand stats, ExportCommand export,
                ConversationStore conversations) {
        this.users = users;
        this.mentors = mentors;
        this.bookings = bookings;
        this.applications = applications;
        this.search = search;
        this.stats = stats;
        this.export = export;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        if (args.isBlank()) {
            home(turn);
        } else {
            search.results(turn, args, false);
        }
    }

    private void home(Turn turn) {
        turn.show(turn.t("console.title"), Keyboards.grid(List.of(
                Keyboards.button(turn.t("console.users"), new AdminView(AdminPane.USERS, 0)),
                Keyboards.button(turn.t("console.mentors"), new AdminView(AdminPane.MENTORS, 0)),
                Keyboards.button(turn.t("console.bookings"), new AdminView(AdminPane.BOOKINGS, 0)),
                Keyboards.button(turn.t("console.applications"), new AdminView(AdminPane.APPLICATIONS, 0)),
                Keyboards.button(turn.t("console.search"), new AdminSearch(false)),
                Keyboards.button(turn.t("console.export"), new AdminView(AdminPane.EXPORT, 0)),
                Keyboards.button(turn.t("console.stats"), new AdminView(AdminPane.STATS, 0))), 2));
    }

    /** A pane of the console on the pressed screen; pressed on a console question (its Cancel), it leaves it. */
    void view(Turn turn, AdminView action) {
        ConsoleQuestion.leave(turn, conversations);
        switch (action.pane()) {
            case HOME -> home(turn);
            case USERS -> users.list(turn, action.page());
            case MENTORS -> mentors.list(turn, action.page());
            case STATS -> stats.screen(turn);
            case BOOKINGS -> bookings.filters(turn);
            case APPLICATIONS -> applications.list(turn, action.page());
            case EXPORT -> export.screen(turn);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminViewButton(ConsoleHome home) {
            return AdminConsole.guarded(AdminView.VERB, home::view);
        }
    }
}
