package io.mentorbot.telegram.mentor;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aFreshMentor() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(701, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(telegram.user(ADMIN_ID, "Ada", "en"), "/makementor 701");
    }

    @Test
    void theMentorSeesTheirCardAsStudentsWillAndCanEditEachField() {
        send(mentor, "/profile");
        assertThat(mentor.chat().last().text()).contains("What would you like to change?")
                .contains("👤 Iryna Koval (@iryna)", "(no headline yet)", "free / 60 min", "No reviews yet");

        press(mentor, "✏️ Headline");
        send(mentor, "Backend mentor");
        assertThat(mentor.chat().last().text()).startsWith("Saved ✅")
                .contains("👤 Iryna Koval (@iryna)", "Backend mentor").doesNotContain("(no headline yet)");
        press(mentor, "📝 Bio");
        send(mentor, "I build payment systems.");
        press(mentor, "💰 Price");
        send(mentor, "450 uah");
        press(mentor, "⏱ Session length");
        press(mentor, "45 min");
        press(mentor, "🏷 Topics");
        press(mentor, "Programming");
        press(mentor, "Done ✔");
        press(mentor, "👁 Preview");

        assertThat(mentor.chat().last().text()).isEqualTo("""
                👤 Iryna Koval (@iryna)
                Backend mentor
                🏷 Programming
                💰 450 UAH / 45 min
                No reviews yet

                I build payment systems.""");
    }

    @Test
    void aPhotoIsKeptByItsTelegramFileIdAndShownOnTheCard() {
        send(mentor, "/profile");
        press(mentor, "🖼 Photo");

        assertThat(send(mentor, "just text").text()).isEqualTo("Please send a photo.");
        awaitHandled(mentor.sendDocument(new byte[] {1, 2, 3}, "me.jpg", "image/jpeg"));
        assertThat(mentor.chat().last().text()).contains("Please send it as a photo");
        awaitHandled(mentor.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, null));
        assertThat(mentor.chat().last().text()).startsWith("Saved ✅");

        press(mentor, "👁 Preview");

        BotMessage card = mentor.chat().last();
        assertThat(card.photo()).isNotNull();
        assertThat(card.text()).startsWith("👤 Iryna Koval");
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE photo_file_id IS NOT NULL")).isOne();
    }

    @Test
    void badValuesAreExplainedAndChangeNothing() {
        send(mentor, "/profile");
        press(mentor, "💰 Price");
        assertThat(send(mentor, "a lot").text()).contains("I couldn't read that price");
        assertThat(send(mentor, "100 XYZ").text()).contains("I don't know that currency");
        assertThat(send(mentor, "999999999").text()).contains("between 0 (free) and 100000");
        press(mentor, "⏱ Session length");
        assertThat(send(mentor, "5").text()).contains("between 15 and 240 minutes");
        press(mentor, "📝 Bio");
        assertThat(send(mentor, "b".repeat(1500)).text()).contains("too long: 1,500 characters, at most 1,000");

        assertThat(count("""
                SELECT count(*) FROM mentor_profiles WHERE price_minor = 0 AND session_minutes = 60 AND bio IS NULL
                """)).isOne();
    }

    @Test
    void helpShowsAMentorTheMentorCommands() {
        assertThat(send(mentor, "/help").text()).contains("For everyone:", "For mentors:", "/profile", "/newslot",
                "/myslots").doesNotContain("For admins:");
    }

    @Test
    void theMentorDecidesWhetherTheCardIsListed() {
        send(mentor, "/profile");
        press(mentor, "✏️ Headline");
        send(mentor, "Backend mentor");
        assertThat(mentor.chat().last().text()).startsWith("Saved ✅")
                .contains("👤 Iryna Koval (@iryna)", "Backend mentor").doesNotContain("(no headline yet)");

        press(mentor, "📢 Show in catalogue");
        assertThat(send(user(702, "John", "en"), "/start").text()).contains("Iryna Koval: Backend mentor");

        press(mentor, "🙈 Hide from catalogue");
        assertThat(send(user(702, "John", "en"), "/start").text()).contains("There are no mentors available yet");
    }
}
