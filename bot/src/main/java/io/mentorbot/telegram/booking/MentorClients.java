package io.mentorbot.telegram.booking;

import java.util.List;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.Client;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;
import org.springframework.stereotype.Component;

/** {@code /clients}: the mentor's own students with how many sessions each booked, and the latest one. */
@Component
class MentorClients implements CommandHandler {

    private final BookingDesk desk;

    MentorClients(BookingDesk desk) {
        this.desk = desk;
    }

    @Override
    public String name() {
        return "clients";
    }

    @Override
    public Audience audience() {
        return Audience.MENTOR;
    }

    @Override
    public void handle(Turn turn, String args) {
        List<Client> clients = desk.clientsOf(turn.account().id());
        if (clients.isEmpty()) {
            turn.reply(turn.t("clients.none"));
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("clients.title", clients.size()));
        for (Client client : clients) {
            text.append("\n• ").append(client.name());
            if (client.username() != null) {
                text.append(" (@").append(client.username()).append(')');
            }
            text.append(" — ").append(turn.t("clients.sessions", client.sessions(),
                    Times.dayTime(client.lastSession(), turn.account().zone(), turn.language())));
        }
        turn.reply(text.toString());
    }
}
