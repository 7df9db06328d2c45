package io.mentorbot.telegram;

import java.util.List;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountFlowTest extends BotFlowTest {

    @Test
    void languageSwitchesToUkrainianAndStaysSo() {
        SimulatedUser john = user(201, "John", "en");
        send(john, "/start");
        send(john, "/language");

        CallbackAnswer answer = press(john, "Українська");

        assertThat(answer.text()).contains("Готово");
        assertThat(john.chat().last().text()).contains("відтепер я розмовляю мовою «Українська»");
        assertThat(send(john, "/help").text()).startsWith("Ось що я вмію.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 201 AND language = 'UK'")).isOne();
    }

    @Test
    void helpListsTheCommandsOfTheUsersRole() {
        BotMessage help = send(user(202, "John", "en"), "/help");

        assertThat(help.text()).contains("For everyone:", "/language", "/timezone", "/stop", "/deleteme")
                .doesNotContain("For admins:");
    }

    @Test
    void helpIsAShortGuideWhatToDoFirstThenTheCommandsInTheOrderOfUse() {
        String help = send(user(204, "John", "en"), "/help").text();

        assertThat(help).contains("To book: /mentors, then a topic, a mentor, a day and a time");
        assertThat(help.indexOf("/mentors — ")).isLessThan(help.indexOf("/my — "));
        assertThat(help.indexOf("/my — ")).isLessThan(help.indexOf("/language — "));
        assertThat(help).endsWith("/deleteme — Delete my data");
    }

    @Test
    void anAdminsHelpSaysWhereToStartAndTheirMenuEndsWithDeleteMe() {
        SimulatedUser ada = user(ADMIN_ID, "Ada", "en");
        send(ada, "/start");

        String help = send(ada, "/help").text();

        assertThat(help).contains("For admins:\nStart with /admin: the console");
        assertThat(help.indexOf("For everyone:")).isLessThan(help.indexOf("For admins:"));
        List<Object> menu = telegram.commands().entrySet().stream().filter(e -> e.getKey().contains("9001"))
                .findFirst().orElseThrow().getValue().stream().map(c -> c.get("command")).toList();
        assertThat(menu).startsWith("mentors", "my").endsWith("stop", "deleteme").contains("admin", "stats");
        assertThat(menu.indexOf("admin")).isLessThan(menu.indexOf("language"));
    }

    @Test
    void timeZoneCanBeTypedByCityName() {
        SimulatedUser john = user(203, "John", "en");
        send(john, "/timezone");

        BotMessage reply = send(john, "warsaw");

        assertThat(reply.text()).startsWith("Your time zone is now Europe/Warsaw");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 203 AND time_zone = 'Europe/Warsaw'")).isOne();
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void timeZoneCanBePickedWithAButton() {
        SimulatedUser john = user(204, "John", "en");
        send(john, "/timezone");

        press(john, "Europe/London");

        assertThat(john.chat().last().text()).startsWith("Your time zone is now Europe/London");
    }

    @Test
    void anUnknownTimeZoneIsExplainedAndTheDialogWaitsForAnotherAnswer() {
        SimulatedUser olena = user(205, "Олена", "uk");
        send(olena, "/timezone");

        BotMessage reply = send(olena, "Mars/Olympus");

        assertThat(reply.text()).contains("Я не знаю часового поясу «Mars/Olympus»");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 205 AND time_zone = 'Europe/Kyiv'")).isOne();
        assertThat(send(olena, "UTC+2").text()).contains("UTC+02:00");
    }

    @Test
    void stopPausesTheAccountAndStartResumesIt() {
        SimulatedUser john = user(206, "John", "en");
        send(john, "/start");

        assertThat(send(john, "/stop").text()).contains("paused");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 206 AND paused")).isOne();

        assertThat(send(john, "/start").text()).contains("active again");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 206 AND NOT paused")).isOne();
    }

    @Test
    void deleteMeErasesPersonalDataOnlyAfterConfirmation() {
        SimulatedUser john = user(207, "John", "en");
        send(john, "/start");
        send(john, "/deleteme");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 207")).isOne();

        press(john, "Yes, delete my data");

        assertThat(john.chat().last().text()).contains("Your data has been deleted");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 207")).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE deleted AND first_name IS NULL AND username IS NULL")).isOne();
    }

    @Test
    void keepingTheAccountChangesNothing() {
        SimulatedUser john = user(208, "John", "en");
        send(john, "/deleteme");

        press(john, "No, keep my account");

        assertThat(john.chat().last().text()).contains("Nothing was deleted");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 208 AND NOT deleted")).isOne();
    }
}
