package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.time.Instant;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Temporary admin rights and the audit log; the clock stands at 15 March 2027, 12:00 in Kyiv. */
class AdminGrantFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private SimulatedUser admin;
    private SimulatedUser bob;

    @BeforeEach
    void anAdminAndAStudent() {
        clock.setTo(NOW);
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        bob = telegram.user(960, "Bob", null, "bob_the_student", "en");
        send(bob, "/start");
    }

    @Test
    void aGrantedAdminLosesTheRightsWhenTheGrantExpires() {
        assertThat(send(admin, "/grantadmin @bob_the_student 24h").text())
                .isEqualTo("Bob is an admin until Tue 16 Mar 12:00 (Europe/Kyiv).");
        assertThat(bob.chat().last().text()).startsWith("An admin has given you admin rights until Tue 16 Mar 12:00");

        send(bob, "/stats");
        assertThat(bob.chat().messages().get(bob.chat().messages().size() - 2).text()).startsWith("📊");

        clock.setTo(NOW.plus(Duration.ofHours(24)).plusSeconds(1));
        assertThat(send(bob, "/stats").text()).isEqualTo("/stats is for platform admins only.");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 960 AND is_admin")).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'grant-admin' AND target = 'user:'"
                + "|| (SELECT id FROM users WHERE telegram_id = 960)::text AND after LIKE 'admin=true, until=%'"))
                .isEqualTo(1);
    }

    @Test
    void aRevokedGrantEndsAtOnceAndConfiguredAdminsCannotBeRevoked() {
        send(admin, "/grantadmin 960 7d");

        assertThat(send(admin, "/revokeadmin @bob_the_student").text()).isEqualTo("Bob is no longer an admin.");
        assertThat(send(bob, "/export users").text()).isEqualTo("/export is for platform admins only.");
        assertThat(send(admin, "/revokeadmin 9001").text()).startsWith("Ada is a permanent admin");
        assertThat(send(admin, "/revokeadmin 960").text()).isEqualTo("Bob has no admin rights to revoke.");
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'revoke-admin'")).isEqualTo(1);
    }

    @Test
    void badDurationsAndUnknownUsersAreExplained() {
        assertThat(send(admin, "/grantadmin @bob_the_student forever").text()).startsWith("Usage: /grantadmin");
        assertThat(send(admin, "/grantadmin @nobody_here 1h").text()).startsWith("I can't find the user @nobody_here");
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }

    @Test
    void makingAndUnmakingAMentorIsAudited() {
        send(admin, "/makementor @bob_the_student");
        send(admin, "/unmentor @bob_the_student");

        assertThat(jdbc.sql("SELECT action || ' ' || before || ' -> ' || after FROM admin_audit ORDER BY id")
                .query(String.class).list())
                .containsExactly("make-mentor mentor=false -> mentor=true", "unmake-mentor mentor=true -> mentor=false");
    }

    @Test
    void aTemporaryAdminCanNeitherGrantNorRevokeAdminRights() {
        SimulatedUser carol = telegram.user(962, "Carol", null, "carol", "en");
        send(carol, "/start");
        send(admin, "/grantadmin @bob_the_student 24h");
        send(admin, "/grantadmin @carol 24h");

        assertThat(send(bob, "/grantadmin @bob_the_student 90d").text())
                .isEqualTo("You can't give rights to yourself: another admin has to.");
        assertThat(send(bob, "/revokeadmin @carol").text())
                .isEqualTo("Only permanent admins (ADMIN_TELEGRAM_IDS) can give or take away admin rights.");
        SimulatedUser dave = user(963, "Dave", "en");
        send(dave, "/start");
        assertThat(send(bob, "/grantadmin 963 1h").text())
                .isEqualTo("Only permanent admins (ADMIN_TELEGRAM_IDS) can give or take away admin rights.");

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 962 AND is_admin")).isOne();
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 963 AND (is_admin OR admin_until IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 960 AND admin_until = ?",
                java.sql.Timestamp.from(NOW.plus(Duration.ofHours(24))))).isOne(); // Bob's own grant is not extended
        assertThat(count("SELECT count(*) FROM admin_audit WHERE admin_id <> (SELECT id FROM users WHERE telegram_id = ?)",
                ADMIN_ID)).isZero();
    }

    @Test
    void nobodyGrantsThemselvesAdminOrMentorRights() {
        assertThat(send(admin, "/makementor " + ADMIN_ID).text())
                .isEqualTo("You can't give rights to yourself: another admin has to.");
        assertThat(send(admin, "/grantadmin " + ADMIN_ID + " 1h").text())
                .isEqualTo("You can't give rights to yourself: another admin has to.");

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = ? AND (is_mentor OR admin_until IS NOT NULL)",
                ADMIN_ID)).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }

    @Test
    void aTemporaryAdminCannotGiveMentorRightsThatWouldOutlastTheirOwn() {
        send(admin, "/grantadmin @bob_the_student 24h");
        SimulatedUser dave = user(963, "Dave", "en");
        send(dave, "/start");

        assertThat(send(bob, "/makementor 963").text()).isEqualTo("Your admin rights are temporary, and mentor "
                + "rights have no end: only a permanent admin (ADMIN_TELEGRAM_IDS) can make someone a mentor.");
        assertThat(send(bob, "/makementor @bob_the_student").text())
                .isEqualTo("You can't give rights to yourself: another admin has to.");

        assertThat(count("SELECT count(*) FROM users WHERE is_mentor")).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'make-mentor'")).isZero();
    }
}
