package io.mentorbot.telegram.admin;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A blocked user gets one clear message per action and nothing else. */
class BlockFlowTest extends BotFlowTest {

    @Test
    void aBlockedUserIsOnlyToldSoUntilUnblocked() {
        SimulatedUser admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        SimulatedUser mallory = user(962, "Mallory", "en");
        send(mallory, "/start");
        long menuMessage = mallory.chat().last().messageId();

        assertThat(send(admin, "/block 962").text()).startsWith("Mallory is blocked");
        int before = mallory.chat().messages().size();
        assertThat(send(mallory, "/start").text()).isEqualTo("Your access to this bot has been blocked by the platform admins.");
        assertThat(mallory.chat().messages()).hasSize(before + 1);
        assertThat(pressData(mallory, menuMessage, "v1:menu:book").text())
                .isEqualTo("Your access to this bot has been blocked by the platform admins.");
        assertThat(send(admin, "/block 9001").text()).isEqualTo("Ada is a permanent admin and cannot be blocked.");

        send(admin, "/unblock 962");
        assertThat(send(mallory, "/help").text()).doesNotContain("blocked");
        assertThat(jdbc.sql("SELECT action FROM admin_audit ORDER BY id").query(String.class).list())
                .containsExactly("block", "unblock");
    }
}
