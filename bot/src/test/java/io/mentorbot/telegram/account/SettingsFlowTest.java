package io.mentorbot.telegram.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /settings}: one screen; its buttons edit it, a typed answer gets the next screen below and the question goes. */
class SettingsFlowTest extends BotFlowTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @BeforeEach
    void noLettersYet() {
        TestMail.emptyMailboxes();
    }

    @Test
    void theSettingsScreenNamesLanguageZoneAndEmailAndEverySectionOpensInItsPlace() {
        SimulatedUser john = user(1201, "John", "en");
        BotMessage settings = send(john, "/settings");
        assertThat(settings.text()).startsWith("⚙️ Settings").contains("Language: English", "Time zone: Europe/Kyiv",
                "E-mail: none");
        assertThat(settings.buttonTexts()).containsExactly("🌐 Language", "🕒 Time zone", "✉️ E-mail",
                "🗑 Delete my data");

        press(john, "🌐 Language");
        assertThat(john.chat().last().messageId()).isEqualTo(settings.messageId());
        press(john, "Українська");
        BotMessage changed = john.chat().last();
        assertThat(changed.messageId()).isEqualTo(settings.messageId());
        assertThat(changed.text()).contains("відтепер я розмовляю мовою «Українська»");
        assertThat(changed.buttonTexts()).containsExactly("⚙️ До налаштувань");

        press(john, "⚙️ До налаштувань");
        assertThat(john.chat().message(settings.messageId()).orElseThrow().text()).startsWith("⚙️ Налаштування")
                .contains("Мова: Українська");
        assertThat(john.chat().allMessages()).hasSize(1);
    }

    @Test
    void aTimeZoneTypedAsACityIsSetBelowTheAnswerAndTheQuestionGoes() {
        SimulatedUser john = user(1202, "John", "en");
        BotMessage settings = send(john, "/settings");

        press(john, "🕒 Time zone");
        assertThat(john.chat().last().messageId()).isEqualTo(settings.messageId());
        assertThat(john.chat().last().text()).startsWith("Your time zone is Europe/Kyiv");
        BotMessage done = send(john, "Варшава");

        assertThat(done.text()).startsWith("Your time zone is now Europe/Warsaw");
        assertThat(done.buttonTexts()).containsExactly("⚙️ Back to settings");
        assertThat(john.chat().messages()).as("the result is the chat's one screen").hasSize(1);
        assertThat(john.chat().allMessages()).as("the settings screen and the result").hasSize(2);
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        press(john, "⚙️ Back to settings");
        assertThat(john.chat().last().messageId()).isEqualTo(done.messageId());
        assertThat(john.chat().last().text()).contains("Time zone: Europe/Warsaw");
    }

    @Test
    void aTimeZonePickedWithAButtonIsShownOnTheSameScreen() {
        SimulatedUser john = user(1203, "John", "en");
        BotMessage settings = send(john, "/settings");

        press(john, "🕒 Time zone");
        press(john, "Europe/London");

        assertThat(john.chat().messages()).hasSize(1);
        assertThat(john.chat().last().messageId()).isEqualTo(settings.messageId());
        assertThat(john.chat().last().text()).startsWith("Your time zone is now Europe/London");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1203 AND time_zone = 'Europe/London'")).isOne();
    }

    @Test
    void aCommandTypedWhileTheTimeZoneIsAskedRunsAtOnceForNothingWasEntered() {
        SimulatedUser john = user(1204, "John", "en");
        send(john, "/settings");
        press(john, "🕒 Time zone");

        BotMessage reply = send(john, "/help");

        assertThat(reply.text()).doesNotContain("Leave");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void anOldScreensCancelPressedWhileTheTimeZoneIsAskedBecomesTheTimeZoneQuestion() {
        SimulatedUser john = user(1209, "John", "en");
        send(john, "/email");
        press(john, "➕ Add e-mail");
        BotMessage emailQuestion = john.chat().last();
        send(john, "/settings");
        press(john, "🕒 Time zone");
        BotMessage zoneQuestion = john.chat().last();

        CallbackAnswer answer = answered(john, john.press(emailQuestion, "Cancel"));

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        BotMessage shown = john.chat().message(emailQuestion.messageId()).orElseThrow();
        assertThat(shown.text()).startsWith("Your time zone is Europe/Kyiv");
        assertThat(shown.buttonTexts()).contains("Europe/Warsaw", "Cancel");
        assertThat(john.chat().message(zoneQuestion.messageId()).orElseThrow().deleted())
                .as("the chat keeps one question").isTrue();
        BotMessage done = send(john, "Lviv");
        assertThat(done.text()).startsWith("Your time zone is now Europe/Kyiv");
        assertThat(john.chat().message(emailQuestion.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void anEmailIsConfirmedFromTheSettingsInThreeMessagesOfWhichOnlyTheResultStays() {
        SimulatedUser ann = user(1205, "Ann", "en");
        BotMessage settings = send(ann, "/settings");

        press(ann, "✉️ E-mail");
        assertThat(ann.chat().last().text()).startsWith("You have no e-mail address yet.");
        assertThat(ann.chat().last().buttonTexts()).containsExactly("➕ Add e-mail", "⚙️ Back to settings");
        press(ann, "➕ Add e-mail");
        assertThat(ann.chat().last().messageId()).isEqualTo(settings.messageId());
        BotMessage sent = send(ann, "ann@example.com");
        assertThat(sent.text()).startsWith("I've sent a 6-digit code to ann@example.com");
        assertThat(ann.chat().message(settings.messageId()).orElseThrow().deleted()).isTrue();
        BotMessage done = send(ann, codeIn("ann@example.com"));

        assertThat(done.text()).startsWith("Done ✅ ann@example.com is verified");
        assertThat(done.buttonTexts()).containsExactly("⚙️ Back to settings");
        assertThat(ann.chat().allMessages()).as("settings, code sent, verified").hasSize(3);
        assertThat(ann.chat().messages()).as("verified: the code's question went with its answer").hasSize(1);
        assertThat(ann.chat().message(sent.messageId()).orElseThrow().deleted()).isTrue();
        press(ann, "⚙️ Back to settings");
        assertThat(ann.chat().last().text()).contains("E-mail: ann@example.com");
    }

    @Test
    void anAddressTypedWithTheCommandLeavesOnlyTheResultOnceTheCodeIsTypedBack() {
        SimulatedUser ann = user(1210, "Ann", "en");
        BotMessage sent = send(ann, "/email ann@example.com");
        assertThat(sent.text()).startsWith("I've sent a 6-digit code to ann@example.com");

        BotMessage done = send(ann, codeIn("ann@example.com"));

        assertThat(done.text()).startsWith("Done ✅ ann@example.com is verified");
        assertThat(ann.chat().message(sent.messageId()).orElseThrow().deleted()).as("the code's question").isTrue();
        assertThat(ann.chat().messages()).as("the result alone").hasSize(1);
    }

    @Test
    void aTimeZoneAskedWithTheCommandGoesOnceTheZoneIsTyped() {
        SimulatedUser john = user(1211, "John", "en");
        BotMessage question = send(john, "/timezone");
        assertThat(question.text()).startsWith("Your time zone is Europe/Kyiv");

        BotMessage done = send(john, "Warsaw");

        assertThat(done.text()).startsWith("Your time zone is now Europe/Warsaw");
        assertThat(john.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(john.chat().messages()).as("the result is the chat's one screen").hasSize(1);
    }

    @Test
    void aCommandTypedWhileACodeIsPendingAsksBeforeLeavingAndStayAsksForTheCodeAgain() {
        SimulatedUser ann = user(1206, "Ann", "en");
        send(ann, "/email ann@example.com");

        BotMessage question = send(ann, "/my");
        assertThat(question.text()).isEqualTo("Leave the e-mail confirmation? What you entered so far will be lost.");
        assertThat(question.buttonTexts()).containsExactly("Leave and run /my", "Stay");

        press(ann, "Stay");

        BotMessage step = ann.chat().message(question.messageId()).orElseThrow();
        assertThat(step.text()).isEqualTo("Type the 6-digit code I sent to ann@example.com.");
        assertThat(step.buttonTexts()).containsExactly("Cancel");
        assertThat(send(ann, codeIn("ann@example.com")).text()).contains("ann@example.com is verified");
        assertThat(ann.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void theAddressQuestionIsShownAgainAfterStayingAndAnOldCancel() {
        SimulatedUser olena = user(1207, "Олена", "uk");
        send(olena, "/email olena@example.com");
        BotMessage question = send(olena, "/timezone");
        assertThat(question.text()).startsWith("Покинути підтвердження e-mail?");

        press(olena, "Залишитися");

        assertThat(olena.chat().message(question.messageId()).orElseThrow().text())
                .isEqualTo("Напишіть 6-значний код, надісланий на olena@example.com.");
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'email' AND step = 'ASK_CODE'")).isOne();
    }

    @Test
    void erasingFromTheSettingsAsksOnTheSameScreenAndKeepingLeadsBack() {
        SimulatedUser john = user(1208, "John", "en");
        BotMessage settings = send(john, "/settings");

        press(john, "🗑 Delete my data");
        assertThat(john.chat().last().text()).startsWith("Delete your data?");
        CallbackAnswer kept = press(john, "No, keep my account");

        assertThat(kept.text()).startsWith("Nothing was deleted");
        assertThat(john.chat().messages()).hasSize(1);
        assertThat(john.chat().last().messageId()).isEqualTo(settings.messageId());
        assertThat(john.chat().last().buttonTexts()).containsExactly("⚙️ Back to settings");
    }

    private CallbackAnswer answered(SimulatedUser user, long update) {
        awaitHandled(update);
        return user.chat().answerFor(update).orElseThrow();
    }

    private static String codeIn(String address) {
        Matcher code = CODE.matcher(TestMail.text(TestMail.awaitLetter(address, "")));
        assertThat(code.find()).as("a 6-digit code in the letter").isTrue();
        return code.group(1);
    }
}
