package io.mentorbot.telegram.admin;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin: the inline console over users and mentors; every action is audited and admins only. */
class AdminConsoleFlowTest extends BotFlowTest {

    @Test
    void anAdminMakesAMentorBlocksUnblocksAndUnlists() {
        SimulatedUser admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        SimulatedUser bob = user(971, "Bob", "en");
        send(bob, "/start");
        long bobId = accountId(971);

        BotMessage console = send(admin, "/admin");
        assertThat(console.text()).isEqualTo("🛠 Admin console");
        assertThat(console.buttonTexts()).containsExactly("👥 Users", "🎓 Mentors", "📅 Bookings",
                "📝 Applications", "🔎 Search users", "📤 Export", "📊 Stats");

        press(admin, "👥 Users");
        assertThat(admin.chat().last().text()).startsWith("👥 Users, newest first (page 1 of 1)");
        assertThat(admin.chat().last().buttonTexts()).containsSequence("Bob", "Ada");

        press(admin, "Bob");
        assertThat(admin.chat().last().text()).contains("Bob", "no username", "Telegram id: 971", "Language: English",
                "Time zone: Europe/Kyiv", "Roles: student", "Blocked: no");

        assertThat(press(admin, "🎓 Make mentor").text()).isEqualTo("Bob is a mentor now.");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", bobId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'make-mentor' AND target = ?",
                "user:" + bobId)).isEqualTo(1);
        assertThat(admin.chat().last().text()).contains("Roles: student, mentor");

        press(admin, "⛔ Block");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND blocked", bobId)).isEqualTo(1);
        assertThat(admin.chat().last().text()).contains("Blocked: yes");
        press(admin, "✅ Unblock");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND blocked", bobId)).isZero();

        jdbc.sql("UPDATE mentor_profiles SET listed = true, headline = 'Java mentor' WHERE user_id = ?")
                .param(bobId).update();
        press(admin, "⬅ Back");
        press(admin, "⬅ Back");
        press(admin, "🎓 Mentors");
        assertThat(admin.chat().last().buttonTexts()).contains("📢 Bob");
        press(admin, "📢 Bob");
        assertThat(admin.chat().last().text()).contains("Java mentor", "Listed in the catalogue: yes");
        press(admin, "🙈 Unlist");
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND NOT listed", bobId))
                .isEqualTo(1);
        assertThat(admin.chat().last().text()).contains("Listed in the catalogue: no");
        assertThat(jdbc.sql("SELECT action FROM admin_audit ORDER BY id").query(String.class).list())
                .containsExactly("make-mentor", "block", "unblock", "unlist-mentor");
    }

    @Test
    void aPermanentAdminCannotBeBlockedFromTheConsole() {
        SimulatedUser admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        long adaId = accountId(ADMIN_ID);
        long messageId = send(admin, "/admin").messageId();

        CallbackAnswer answer = pressData(admin, messageId, "v1:au:" + adaId + ":block");
        assertThat(answer.text()).isEqualTo("Ada is a permanent admin and cannot be blocked.");
        assertThat(count("SELECT count(*) FROM users WHERE blocked")).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }

    @Test
    void aNonAdminPressingForgedConsoleButtonsIsRefusedAndNothingChanges() {
        SimulatedUser admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        SimulatedUser eve = user(961, "Eve", "en");
        send(eve, "/start");
        SimulatedUser bob = user(971, "Bob", "en");
        send(bob, "/start");
        long bobId = accountId(971);
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(bobId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, listed) VALUES (?, true)").param(bobId).update();
        long eveId = accountId(961);
        long messageId = eve.chat().last().messageId();
        String menu = eve.chat().last().text();

        for (String data : new String[] {"v1:av:home:0", "v1:av:users:0", "v1:av:mentors:0", "v1:av:stats:0",
                "v1:au:" + bobId + ":open", "v1:au:" + bobId + ":mentor", "v1:au:" + bobId + ":unmentor",
                "v1:au:" + bobId + ":block", "v1:au:" + bobId + ":unblock", "v1:au:" + eveId + ":mentor",
                "v1:am:" + bobId + ":open", "v1:am:" + bobId + ":list", "v1:am:" + bobId + ":unlist"}) {
            CallbackAnswer answer = pressData(eve, messageId, data);
            assertThat(answer.text()).as(data).isEqualTo("This is for platform admins only.");
            assertThat(answer.showAlert()).as(data).isTrue();
        }

        assertThat(eve.chat().last().text()).isEqualTo(menu);
        assertThat(eve.chat().last().edits()).isZero();
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor AND NOT blocked", bobId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND NOT is_mentor AND NOT blocked", eveId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND listed", bobId)).isEqualTo(1);
    }

    private long accountId(long telegramId) {
        return count("SELECT id FROM users WHERE telegram_id = ?", telegramId);
    }
}
