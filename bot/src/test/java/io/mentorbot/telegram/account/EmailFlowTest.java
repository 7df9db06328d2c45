package io.mentorbot.telegram.account;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /email}: an address counts only once the code e-mailed to it (to a real SMTP server) is typed back. */
class EmailFlowTest extends BotFlowTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @BeforeEach
    void noLettersYet() {
        TestMail.emptyMailboxes();
    }

    @Test
    void anAddressIsStoredOnlyOnceTheCodeSentThereIsTypedBack() {
        SimulatedUser john = user(1101, "John", "en");
        assertThat(send(john, "/email").text()).contains("You have no e-mail address yet.");

        press(john, "➕ Add e-mail");
        assertThat(john.chat().last().text()).startsWith("Type your e-mail address");
        BotMessage sent = send(john, "  John.Smith@Example.COM ");

        assertThat(sent.text()).contains("I've sent a 6-digit code to John.Smith@example.com", "valid for 15 minutes");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1101 AND email IS NOT NULL")).isZero();
        MimeMessage letter = TestMail.awaitLetter("John.Smith@example.com", "Your MentorBot confirmation code");
        assertThat(TestMail.text(letter)).startsWith("Hello,").contains("valid for 15 minutes")
                .as("nothing the person asking chose").doesNotContain("John");
        String code = codeIn(letter);
        assertThat(count("SELECT count(*) FROM email_verifications WHERE code_hash = ? OR code_salt = ?", code, code))
                .as("the code itself is never stored").isZero();

        BotMessage done = send(john, code);

        assertThat(done.text()).isEqualTo("Done ✅ John.Smith@example.com is verified: booking confirmations will come there too.");
        assertThat(count("""
                SELECT count(*) FROM users WHERE telegram_id = 1101 AND email = 'John.Smith@example.com' AND email_verified
                """)).isOne();
        assertThat(count("SELECT count(*) FROM email_verifications")).isZero();
        BotMessage overview = send(john, "/email");
        assertThat(overview.text()).startsWith("Your e-mail: John.Smith@example.com ✅ verified.");
        assertThat(overview.buttonTexts()).containsExactly("✏️ Change", "🗑 Remove", "⚙️ Back to settings");
    }

    @Test
    void aWrongCodeIsRefusedAndTheFifthWrongCodeEndsTheVerification() {
        SimulatedUser ann = user(1102, "Ann", "en");
        send(ann, "/email ann@example.com");
        String code = codeIn(TestMail.awaitLetter("ann@example.com", "Your MentorBot confirmation code"));
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(send(ann, wrong).text()).isEqualTo("That code isn't right. 4 tries left.");
        assertThat(send(ann, "12ab").text()).startsWith("The code has 6 digits"); // not a code: no try used
        send(ann, wrong);
        send(ann, wrong);
        assertThat(send(ann, wrong).text()).isEqualTo("That code isn't right. 1 try left.");
        assertThat(send(ann, wrong).text()).startsWith("Too many wrong codes: the address was not saved.");

        send(ann, code); // too late: the dialog is over, and the code is gone
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1102 AND email IS NULL")).isOne();
        assertThat(count("SELECT count(*) FROM email_verifications")).isZero();
    }

    @Test
    void anInvalidAddressIsExplainedAndTheStepKept() {
        SimulatedUser olena = user(1103, "Олена", "uk");
        send(olena, "/email");
        press(olena, "➕ Додати e-mail");

        for (String bad : new String[] {"olena", "olena@@example.com", "olena@example", "olena@", "ol ena@example.com",
                "olena@exa_mple.com", ".olena@example.com", "x".repeat(250) + "@example.com"}) {
            assertThat(send(olena, bad).text()).as(bad).contains("не схоже на адресу e-mail", "name@example.com");
        }

        assertThat(TestMail.lettersTo("olena@example.com")).isEmpty();
        assertThat(send(olena, "olena@example.com").text()).startsWith("На olena@example.com надіслано 6-значний код");
        MimeMessage letter = TestMail.awaitLetter("olena@example.com", "Ваш код підтвердження MentorBot");
        assertThat(TestMail.text(letter)).startsWith("Вітаємо!").doesNotContain("Олена");
    }

    @Test
    void theRemoveButtonAndTheRemoveCommandForgetTheAddress() {
        SimulatedUser olena = user(1104, "Олена", "uk");
        verify(olena, "olena@example.com");
        assertThat(send(olena, "/email").text()).startsWith("Ваш e-mail: olena@example.com ✅ підтверджено.");

        CallbackAnswer removed = press(olena, "🗑 Видалити");

        assertThat(removed.text()).isEqualTo("Вашу адресу e-mail видалено. Листів я більше не надсилатиму.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1104 AND email IS NULL AND NOT email_verified"))
                .isOne();
        verify(olena, "olena.k@example.com");
        assertThat(send(olena, "/email remove").text()).isEqualTo("Вашу адресу e-mail видалено. Листів я більше не надсилатиму.");
        assertThat(send(olena, "/email remove").text()).isEqualTo("У вас немає збереженої адреси e-mail.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1104 AND email IS NULL")).isOne();
    }

    @Test
    void aCodeLastsFifteenMinutes() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser ann = user(1105, "Ann", "en");
        send(ann, "/email ann@example.com");
        String code = codeIn(TestMail.awaitLetter("ann@example.com", "Your MentorBot confirmation code"));

        clock.setTo(Instant.parse("2027-03-15T10:15:00Z"));

        assertThat(send(ann, code).text()).startsWith("That code has expired: the address was not saved.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1105 AND email IS NULL")).isOne();
    }

    @Test
    void aNewCodeWaitsHalfAMinuteAndReplacesTheOldOne() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser ann = user(1106, "Ann", "en");
        send(ann, "/email ann@example.com");
        String first = codeIn(TestMail.awaitLetter("ann@example.com", "Your MentorBot confirmation code"));

        assertThat(send(ann, "ann.b@example.com").text()).startsWith("I've just sent you a code. Please wait 30 s");
        clock.setTo(Instant.parse("2027-03-15T10:00:31Z"));
        assertThat(send(ann, "ann.b@example.com").text()).startsWith("I've sent a 6-digit code to ann.b@example.com");
        String second = codeIn(TestMail.awaitLetter("ann.b@example.com", "Your MentorBot confirmation code"));

        if (!first.equals(second)) {
            assertThat(send(ann, first).text()).startsWith("That code isn't right.");
        }
        assertThat(send(ann, second).text()).contains("ann.b@example.com is verified");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 1106 AND email = 'ann.b@example.com'")).isOne();
    }

    @Test
    void aFourthCodeForOneAddressWithinAnHourIsRefusedWhoeverAsks() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser ann = user(1107, "Ann", "en");
        SimulatedUser mallory = user(1108, "Mallory", "en");
        send(mallory, "/email ann@example.com");
        clock.setTo(Instant.parse("2027-03-15T10:01:00Z"));
        send(mallory, "/email ann@example.com");
        send(ann, "/email ann@example.com");
        assertThat(TestMail.lettersTo("ann@example.com")).hasSize(3)
                .allSatisfy(letter -> assertThat(TestMail.text(letter)).doesNotContain("Mallory"));

        clock.setTo(Instant.parse("2027-03-15T10:20:00Z"));
        BotMessage refused = send(mallory, "/email ann@example.com");

        assertThat(refused.text()).isEqualTo("I've already sent ann@example.com as many codes as one address gets in"
                + " an hour, so no new code went there. Type the code from the latest of those e-mails, or ask again"
                + " in 40 min.");
        assertThat(TestMail.lettersTo("ann@example.com")).hasSize(3);
        clock.setTo(Instant.parse("2027-03-15T11:00:01Z"));
        assertThat(send(mallory, "/email ann@example.com").text())
                .startsWith("I've sent a 6-digit code to ann@example.com");
        assertThat(TestMail.lettersTo("ann@example.com")).hasSize(4);
    }

    private void verify(SimulatedUser user, String address) {
        send(user, "/email " + address);
        String code = codeIn(TestMail.awaitLetter(address, user.languageCode().equals("uk") ? "Ваш код" : "Your"));
        send(user, code);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = ? AND email = ? AND email_verified",
                user.id(), address)).isOne();
    }

    private static String codeIn(MimeMessage letter) {
        Matcher code = CODE.matcher(TestMail.text(letter));
        assertThat(code.find()).as("a 6-digit code in the letter").isTrue();
        return code.group(1);
    }
}
