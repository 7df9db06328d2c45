package io.mentorbot.telegram;

import java.util.List;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.dialog.CommandMenu;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartFlowTest extends BotFlowTest {

    @Test
    void aNewUkrainianSpeakerGetsThePresentationAndTheThreeButtonsInUkrainian() {
        SimulatedUser olena = user(101, "Олена", "uk");

        BotMessage reply = send(olena, "/start");

        assertThat(reply.text()).contains("Вітаю, Олена!").contains("MentorBot")
                .contains("Поки що немає доступних менторів");
        assertThat(reply.buttonTexts()).containsExactly(
                "📅 Записатися на консультацію", "🎓 Стати ментором", "🗂 Мої консультації");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 101 AND language = 'UK' AND NOT is_mentor"))
                .isOne();
    }

    @Test
    void aNewEnglishSpeakerGetsThePresentationAndTheThreeButtonsInEnglish() {
        SimulatedUser john = user(102, "John", "en-GB");

        BotMessage reply = send(john, "/start");

        assertThat(reply.text()).contains("Hi, John!").contains("There are no mentors available yet");
        assertThat(reply.buttonTexts()).containsExactly(
                "📅 Book a consultation", "🎓 Become a mentor", "🗂 My consultations");
    }

    @Test
    void aLanguageWeDoNotSpeakFallsBackToTheConfiguredDefault() {
        SimulatedUser hans = user(103, "Hans", "de");

        assertThat(send(hans, "/start").text()).contains("Hi, Hans!");
    }

    @Test
    void aSecondStartGreetsTheUserBackWithoutRegisteringThemAgain() {
        SimulatedUser john = user(104, "John", "en");
        send(john, "/start");

        BotMessage reply = send(john, "/start");

        assertThat(reply.text()).startsWith("Welcome back, John!");
        assertThat(reply.buttonTexts()).hasSize(3);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 104")).isOne();
    }

    @Test
    void startListsTheMentorsStudentsCanBook() {
        long mentorId = jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, language, time_zone, is_mentor)
                VALUES (500, 500, 'Iryna', 'Koval', 'UK', 'Europe/Kyiv', true) RETURNING id
                """).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, price_minor, currency, listed, rating_avg, rating_count)
                VALUES (?, 'Java backend and code review', '{programming}', 50000, 'UAH', true, 4.85, 12)
                """).param(mentorId).update();

        BotMessage reply = send(user(105, "John", "en"), "/start");

        assertThat(reply.text()).contains("Mentors you can book:")
                .contains("Iryna Koval: Java backend and code review · 500 UAH / 60 min · ★ 4.9 (12)")
                .doesNotContain("no mentors available");
    }

    @Test
    void theMainMenuButtonsAreAnsweredAndLeadSomewhere() {
        SimulatedUser john = user(106, "John", "en");
        send(john, "/start");

        for (String button : List.of("📅 Book a consultation", "🎓 Become a mentor", "🗂 My consultations")) {
            press(john, button);
        }

        assertThat(john.chat().messages()).extracting(BotMessage::text).anySatisfy(
                text -> assertThat(text).contains("You have no consultations yet"));
    }

    @Test
    void anOldMenusHelpButtonShowsTheGuideInPlaceOfThatMenu() {
        SimulatedUser john = user(107, "John", "en");
        BotMessage menu = send(john, "/start");

        pressData(john, menu.messageId(), "v1:menu:help");

        assertThat(john.chat().messages()).hasSize(1);
        assertThat(john.chat().last().messageId()).isEqualTo(menu.messageId());
        assertThat(john.chat().last().text()).startsWith("Here is what I can do.").contains("/settings — Settings");
    }

    @Test
    void theCommandMenuOffersTheSettingsAfterHelpAndDeleteMeLast() {
        SimulatedUser john = user(108, "John", "en");
        send(john, "/start");
        commandMenu.publishAll();

        List<Object> menu = telegram.commands().entrySet().stream()
                .filter(e -> e.getKey().contains("default") && !e.getKey().endsWith("|uk"))
                .findFirst().orElseThrow().getValue().stream().map(c -> c.get("command")).toList();

        assertThat(menu).containsSubsequence("help", "settings", "email", "language", "timezone");
        assertThat(menu).endsWith("deleteme");
    }

    @Autowired
    CommandMenu commandMenu;

    @Test
    void theCommandMenuIsPublishedInBothLanguages() {
        commandMenu.publishAll();

        assertThat(telegram.commands().keySet()).anySatisfy(key -> assertThat(key).endsWith("|uk"));
        List<String> ukrainian = telegram.commands().entrySet().stream()
                .filter(e -> e.getKey().contains("default") && e.getKey().endsWith("|uk"))
                .flatMap(e -> e.getValue().stream())
                .map(c -> c.get("command") + " " + c.get("description"))
                .toList();
        assertThat(ukrainian).contains("language Змінити мову", "timezone Змінити часовий пояс");
    }

    @Test
    void anAdminsChatGetsTheAdminMenuOnTheFirstVisit() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");

        assertThat(telegram.commands().keySet()).anySatisfy(key -> assertThat(key).contains("9001"));
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = ? AND is_admin", ADMIN_ID)).isOne();
    }
}
