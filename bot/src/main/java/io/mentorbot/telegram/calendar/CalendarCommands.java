package io.mentorbot.telegram.calendar;

import java.util.Optional;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.ConnectionStatus;
import io.mentorbot.calendar.ConsentLink;
import io.mentorbot.telegram.calendar.CalendarAction.ConnectCalendar;
import io.mentorbot.telegram.calendar.CalendarAction.DisconnectCalendar;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /connect_calendar} (the status and a consent link) and {@code /disconnect_calendar} (also a button), for
 * mentors. Without Google settings both say the feature is not available and stay out of the menus.
 */
@Configuration(proxyBeanMethods = false)
class CalendarCommands {

    private final ObjectProvider<CalendarConnections> calendar;

    CalendarCommands(ObjectProvider<CalendarConnections> calendar) {
        this.calendar = calendar;
    }

    @Bean
    CommandHandler connectCalendarCommand() {
        return new MentorCommand("connect_calendar", this::connect);
    }

    @Bean
    CommandHandler disconnectCalendarCommand() {
        return new MentorCommand("disconnect_calendar", (turn, args) -> disconnect(turn));
    }

    @Bean
    ButtonHandler<ConnectCalendar> connectCalendarButton() {
        return ButtonHandler.of(ConnectCalendar.VERB, (turn, pressed) -> {
            if (!turn.account().isMentor()) {
                turn.alert(turn.t("command.forbidden.mentor", "/connect_calendar"));
                return;
            }
            connect(turn, "");
        });
    }

    @Bean
    ButtonHandler<DisconnectCalendar> disconnectCalendarButton() {
        return ButtonHandler.of(DisconnectCalendar.VERB, (turn, pressed) -> {
            if (!turn.account().isMentor()) {
                turn.alert(turn.t("command.forbidden.mentor", "/disconnect_calendar"));
                return;
            }
            disconnect(turn);
        });
    }

    private boolean available() {
        return calendar.getIfAvailable() != null;
    }

    private void connect(Turn turn, String args) {
        CalendarConnections connections = calendar.getIfAvailable();
        if (connections == null) {
            turn.reply(turn.t("calendar.unavailable"));
            return;
        }
        long me = turn.account().id();
        Optional<ConnectionStatus> status = connections.status(me);
        ConsentLink link = connections.begin(me);
        String text = status(turn, status) + "\n\n" + turn.t(status.isPresent() ? "calendar.reconnect.hint"
                : "calendar.connect.hint");
        var keyboard = Keyboards.column(Keyboards.link(turn.t("calendar.connect.button"), link.url()));
        if (status.isPresent()) {
            keyboard = Keyboards.withRow(keyboard,
                    Keyboards.button(turn.t("calendar.disconnect.button"), new DisconnectCalendar()));
        }
        turn.reply(text, keyboard);
    }

    private void disconnect(Turn turn) {
        CalendarConnections connections = calendar.getIfAvailable();
        if (connections == null) {
            turn.reply(turn.t("calendar.unavailable"));
            return;
        }
        long me = turn.account().id();
        if (connections.status(me).isEmpty()) {
            turn.notice(turn.t("calendar.status.none"));
            turn.reply(turn.t("calendar.status.none"));
            return;
        }
        connections.disconnect(me);
        turn.notice(turn.t("calendar.disconnected"));
        turn.reply(turn.t("calendar.disconnected"));
    }

    static String status(Turn turn, Optional<ConnectionStatus> status) {
        if (status.isEmpty()) {
            return turn.t("calendar.status.none");
        }
        String account = status.get().accountEmail() == null ? "—" : status.get().accountEmail();
        return status.get().state() == ConnectionStatus.State.CONNECTED
                ? turn.t("calendar.status.connected", account)
                : turn.t("calendar.status.broken", account);
    }

    /** A mentor command that is listed only when calendar sync is configured. */
    private final class MentorCommand implements CommandHandler {

        private final String name;
        private final java.util.function.BiConsumer<Turn, String> handler;

        MentorCommand(String name, java.util.function.BiConsumer<Turn, String> handler) {
            this.name = name;
            this.handler = handler;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Audience audience() {
            return Audience.MENTOR;
        }

        @Override
        public boolean listed() {
            return available();
        }

        @Override
        public void handle(Turn turn, String args) {
            handler.accept(turn, args);
        }
    }
}
