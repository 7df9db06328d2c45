package io.mentorbot.telegram.admin;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Admin commands name their user by Telegram id, @username, or a name to search for. */
class AdminTargetsFlowTest extends BotFlowTest {

    private SimulatedUser admin;

    @BeforeEach
    void anAdminAndThreeUsers() {
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        send(telegram.user(981, "Olena", "Shevchenko", null, "uk"), "/start");
        send(telegram.user(982, "Olena", "Bondar", "olena_b", "uk"), "/start");
        send(telegram.user(983, "Marko", "Lysenko", "marko", "en"), "/start");
    }

    @Test
    void aNameThatFindsOnePersonIsEnoughToBlockThem() {
        assertThat(send(admin, "/block Shevchenko").text()).startsWith("Olena Shevchenko is blocked");

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 981 AND blocked")).isOne();
    }

    @Test
    void aNameThatFindsSeveralPeopleOffersThemToPickFrom() {
        BotMessage offer = send(admin, "/makementor olena");

        assertThat(offer.text()).isEqualTo("Several users match “olena” (2): pick one.");
        assertThat(offer.buttonTexts()).containsExactlyInAnyOrder("Olena Shevchenko · 981",
                "Olena Bondar @olena_b · 982");
        assertThat(count("SELECT count(*) FROM users WHERE is_mentor")).isZero();

        assertThat(press(admin, "Olena Bondar @olena_b · 982").text()).isEqualTo("Olena Bondar is a mentor now.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 982 AND is_mentor")).isOne();
        assertThat(count("SELECT count(*) FROM users WHERE is_mentor")).isOne();
    }

    @Test
    void thePickAmongSeveralMatchesBecomesTheResultInItsOwnMessage() {
        BotMessage offer = send(admin, "/block olena");
        int sent = admin.chat().allMessages().size();

        press(admin, "Olena Shevchenko · 981");

        BotMessage result = admin.chat().message(offer.messageId()).orElseThrow();
        assertThat(result.text()).startsWith("Olena Shevchenko is blocked").contains("Blocked: yes");
        assertThat(result.buttonTexts()).contains("✅ Unblock").doesNotContain("Olena Bondar @olena_b · 982");
        assertThat(admin.chat().allMessages()).hasSize(sent);
        assertThat(count("SELECT count(*) FROM users WHERE blocked")).isOne();
    }

    @Test
    void grantAdminTakesANameWithSpacesBeforeTheLength() {
        assertThat(send(admin, "/grantadmin Marko Lysenko 24h").text()).startsWith("Marko Lysenko is an admin until");

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 983 AND is_admin")).isOne();
    }

    @Test
    void anIdAndAnUsernameStillNameTheirUserAndNobodyFoundIsSaidSo() {
        assertThat(send(admin, "/block @marko").text()).startsWith("Marko Lysenko is blocked");
        assertThat(send(admin, "/unblock 983").text()).startsWith("Marko Lysenko is unblocked");
        assertThat(send(admin, "/block Zoryana").text()).startsWith("I can't find the user Zoryana.");
    }
}
