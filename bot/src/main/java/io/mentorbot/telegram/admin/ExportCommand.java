package io.mentorbot.telegram.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.mentorbot.admin.CsvExport;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.admin.AdminAction.AdminExport;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * {@code /export bookings 2027-03-01 2027-03-31} (days in the admin's time zone) and {@code /export users}: CSV
 * files sent as documents.
 */
@Component
class ExportCommand implements CommandHandler {

    private final CsvExport export;

    private final Clock clock;

    ExportCommand(CsvExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        String[] parts = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (parts.length == 1 && parts[0].equalsIgnoreCase("users")) {
            turn.replyDocument(export.users(turn.account().id()), "users.csv", turn.t("export.users.caption"));
        } else if (parts.length == 3 && parts[0].equalsIgnoreCase("bookings")) {
            bookings(turn, parts[1], parts[2]);
        } else {
            turn.reply(turn.t("export.usage"));
        }
    }

    /** The console's export screen: one press for the common files, and the command for any other range. */
    void screen(Turn turn) {
        turn.show(turn.t("console.export.title"), Keyboards.column(
                Keyboards.button(turn.t("console.export.users"), new AdminExport("users")),
                Keyboards.button(turn.t("console.export.past"), new AdminExport("past")),
                Keyboards.button(turn.t("console.export.next"), new AdminExport("next")),
                Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0))));
    }

    void press(Turn turn, AdminExport action) {
        if (AdminConsole.refused(turn)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(turn.account().zone()));
        switch (action.what()) {
            case "users" -> handle(turn, "users");
            case "past" -> handle(turn, "bookings " + today.minusDays(29) + " " + today);
            default -> handle(turn, "bookings " + today + " " + today.plusDays(29));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminExportButton(ExportCommand export) {
            return ButtonHandler.of(AdminExport.VERB, export::press);
        }
    }

    private void bookings(Turn turn, String fromText, String toText) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(fromText);
            to = LocalDate.parse(toText);
        } catch (DateTimeParseException e) {
            turn.reply(turn.t("export.usage"));
            return;
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= CsvExport.MAX_DAYS) {
            turn.reply(turn.t("export.range", CsvExport.MAX_DAYS));
            return;
        }
        String zone = turn.account().zone().getId();
        turn.replyDocument(export.bookings(turn.account().id(), from, to, turn.account().zone()),
                "bookings-" + from + "-" + to + ".csv", turn.t("export.bookings.caption", from, to, zone));
    }
}
