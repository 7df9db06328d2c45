package io.mentorbot.telegram.admin;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Students and mentors are refused every admin command, and nothing changes. */
class AdminRefusalFlowTest extends BotFlowTest {

    @ParameterizedTest
    @ValueSource(strings = {"/grantadmin 961 24h", "/revokeadmin 9001", "/export users",
            "/export bookings 2027-03-01 2027-03-31", "/makementor 961", "/unmentor 961", "/block 961", "/unblock 961"})
    void aNonAdminIsRefusedAndNothingChanges(String command) {
        SimulatedUser eve = user(961, "Eve", "en");
        send(eve, "/start");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE telegram_id = 961").update();
        long before = eve.chat().messages().size();

        String name = command.split(" ")[0];
        assertThat(send(eve, command).text()).isEqualTo(name + " is for platform admins only.");

        assertThat(eve.chat().messages()).hasSize((int) before + 1);
        assertThat(eve.chat().last().document()).isNull();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 961 AND is_mentor AND NOT is_admin "
                + "AND admin_until IS NULL AND NOT blocked")).isEqualTo(1);
    }

    @Test
    void aForgedAdminButtonDoesNothing() {
        SimulatedUser eve = user(961, "Eve", "en");
        send(eve, "/start");
        long messageId = eve.chat().last().messageId();

        assertThat(pressData(eve, messageId, "v1:app:1:y").text()).isNotBlank();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }
}
