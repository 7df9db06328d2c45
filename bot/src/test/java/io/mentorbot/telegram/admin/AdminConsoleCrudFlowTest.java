package io.mentorbot.telegram.admin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The /admin console beyond users and mentors: bookings with filters and cancellation with a reason, a mentor's slots
 * by day with block and delete, pending applications, search, and admin rights given from the console and running
 * out. The clock stands at Monday 15 March 2027, 12:00 in Kyiv (every account's zone).
 */
class AdminConsoleCrudFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final Instant TUESDAY_17 = Instant.parse("2027-03-16T15:00:00Z");

    @Autowired
    private Scheduler scheduler;

    private SimulatedUser admin;
    private SimulatedUser mentor;
    private SimulatedUser student;
    private long mentorId;
    private long studentId;

    @BeforeEach
    void anAdminAMentorAndAStudent() {
        clock.setTo(NOW);
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        mentor = telegram.user(971, "Maria", "Koval", "maria_codes", "uk");
        send(mentor, "/start");
        student = telegram.user(972, "Sam", null, "sam_learns", "en");
        send(student, "/start");
        mentorId = accountId(971);
        studentId = accountId(972);
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, listed, headline) VALUES (?, true, 'Java and Spring')")
                .param(mentorId).update();
    }

    @Test
    void anAdminFindsABookingAndCancelsItWithAReasonBothSidesAreTold() {
        long slotId = slot(TUESDAY_17);
        long bookingId = confirmedBooking(slotId);

        send(admin, "/admin");
        press(admin, "📅 Bookings");
        assertThat(admin.chat().last().text()).isEqualTo("📅 Bookings: which ones?");
        assertThat(admin.chat().last().buttonTexts()).contains("⏭ Upcoming", "confirmed", "cancelled", "missed");

        press(admin, "⏭ Upcoming");
        assertThat(admin.chat().last().text())
                .isEqualTo("📅 Bookings: ⏭ Upcoming (page 1 of 1, 1 in all; times in Europe/Kyiv)");
        String line = "Tue 16 Mar 17:00 · Maria Koval → Sam · confirmed";
        assertThat(admin.chat().last().buttonTexts()).contains(line);

        press(admin, line);
        assertThat(admin.chat().last().text()).contains("Booking #" + bookingId, "Mentor: Maria Koval",
                "Student: Sam (@sam_learns)", "When: Tue 16 Mar 17:00–18:00 (Europe/Kyiv)", "Status: confirmed",
                "Price: free");
        press(admin, "⬅ Back");
        assertThat(admin.chat().last().text()) // the list it came from, not the filters
                .isEqualTo("📅 Bookings: ⏭ Upcoming (page 1 of 1, 1 in all; times in Europe/Kyiv)");
        press(admin, line);

        press(admin, "❌ Cancel with a reason");
        assertThat(admin.chat().last().text()).startsWith("Why is the session of Maria Koval with Sam cancelled?");
        assertThat(send(admin, " ").text()).isEqualTo("Please send the reason as text, up to 500 characters.");
        assertThat(send(admin, "x".repeat(501)).text()).isEqualTo("Please send the reason as text, up to 500 characters.");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(1);

        assertThat(send(admin, "The mentor is ill").text())
                .isEqualTo("Cancelled: the session of Maria Koval with Sam. Both have been told; the slot is free again.");
        List<BotMessage> toStudent = student.chat().messages();
        assertThat(toStudent.get(toStudent.size() - 1).document()).isNotNull(); // the cancellation for their calendar
        assertThat(toStudent.get(toStudent.size() - 2).text()).isEqualTo("Your session with Maria Koval on Tue 16 Mar 17:00 "
                + "(Europe/Kyiv) was cancelled by the platform admins. Reason: The mentor is ill. Sorry for the "
                + "trouble; you can book another time with /start.");
        assertThat(lastNotice(mentor).text()).startsWith("Вашу сесію з Sam").contains("The mentor is ill");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CANCELLED' "
                + "AND cancel_reason = 'The mentor is ill'", bookingId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slotId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action || ' ' || target || ' ' || before || ' -> ' || after FROM admin_audit")
                .query(String.class).list()).containsExactly("cancel-booking booking:" + bookingId
                + " status=CONFIRMED -> status=CANCELLED, reason=The mentor is ill");

        // The cancelled booking is under its status now, and can't be cancelled twice.
        long consoleMessage = send(admin, "/admin").messageId();
        CallbackAnswer again = pressData(admin, consoleMessage, "v1:ab:" + bookingId + ":cancel");
        assertThat(again.text()).startsWith("This booking can no longer be cancelled");
        assertThat(admin.chat().last().text()).contains("Status: cancelled", "Cancellation reason: The mentor is ill");
        press(admin, "⬅ Back");
        press(admin, "cancelled");
        assertThat(admin.chat().last().buttonTexts()).contains("Tue 16 Mar 17:00 · Maria Koval → Sam · cancelled");
    }

    @Test
    void bookingsAreFilteredByMentorAndByStudentFromTheirCards() {
        long otherMentorId = accountId(send(telegram.user(973, "Oleh", "uk"), "/start").chatId());
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(otherMentorId).update();
        confirmedBooking(slot(TUESDAY_17));
        long other = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(otherMentorId, Timestamp.from(TUESDAY_17), Timestamp.from(TUESDAY_17.plusSeconds(3600)))
                .query(Long.class).single();
        jdbc.sql("UPDATE slots SET status = 'BOOKED' WHERE id = ?").param(other).update();
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status, confirmed_at) VALUES (?, ?, 'CONFIRMED', now())")
                .params(other, accountId(ADMIN_ID)).update();

        send(admin, "/admin");
        press(admin, "🎓 Mentors");
        press(admin, "📢 Maria Koval");
        press(admin, "📅 Bookings");
        assertThat(admin.chat().last().text()).startsWith("📅 Bookings: with mentor Maria Koval (page 1 of 1, 1 in all");
        assertThat(admin.chat().last().buttonTexts()).contains("Tue 16 Mar 17:00 · Maria Koval → Sam · confirmed")
                .noneMatch(text -> text.contains("Oleh"));

        press(admin, "Tue 16 Mar 17:00 · Maria Koval → Sam · confirmed");
        press(admin, "📅 The student's bookings");
        assertThat(admin.chat().last().text()).startsWith("📅 Bookings: of student Sam (page 1 of 1, 1 in all");
    }

    @Test
    void anAdminBlocksUnblocksAndDeletesAMentorsSlotsDayByDay() {
        long free = slot(TUESDAY_17);
        long booked = slot(TUESDAY_17.plus(Duration.ofHours(2)));
        confirmedBooking(booked);

        send(admin, "/admin");
        press(admin, "🎓 Mentors");
        press(admin, "📢 Maria Koval");
        press(admin, "🗓 Slots");
        assertThat(admin.chat().last().text()).startsWith("🗓 Slots of Maria Koval on Mon 15 Mar (times in Europe/Kyiv)")
                .contains("No slots on this day.");
        press(admin, "Tue 16 Mar ▶");
        assertThat(admin.chat().last().buttonTexts()).contains("17:00–18:00 · free", "19:00–20:00 · booked by Sam");

        press(admin, "17:00–18:00 · free");
        assertThat(admin.chat().last().text()).contains("Slot of Maria Koval", "Status: free");
        assertThat(press(admin, "⛔ Block").text()).isEqualTo("Blocked: students no longer see this slot.");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BLOCKED'", free)).isEqualTo(1);
        assertThat(press(admin, "🟢 Unblock").text()).isEqualTo("Unblocked: students can book this slot again.");
        assertThat(press(admin, "🗑 Delete").text()).isEqualTo("Slot deleted.");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ?", free)).isZero();
        assertThat(admin.chat().last().buttonTexts()).doesNotContain("17:00–18:00 · free");

        // A booked slot cannot be blocked or deleted, even by forged buttons; it leads to its booking.
        press(admin, "19:00–20:00 · booked by Sam");
        assertThat(admin.chat().last().buttonTexts()).contains("📅 Open the booking").doesNotContain("🗑 Delete");
        long message = admin.chat().last().messageId();
        assertThat(pressData(admin, message, "v1:as:" + booked + ":delete").text()).startsWith("That is not possible");
        assertThat(pressData(admin, message, "v1:as:" + booked + ":block").text()).startsWith("That is not possible");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", booked)).isEqualTo(1);

        assertThat(jdbc.sql("SELECT action || ' ' || before || ' -> ' || after FROM admin_audit ORDER BY id")
                .query(String.class).list()).containsExactly("block-slot status=FREE -> status=BLOCKED",
                "unblock-slot status=BLOCKED -> status=FREE", "delete-slot status=FREE -> deleted");
    }

    @Test
    void pendingApplicationsAreApprovedFromTheConsole() {
        long applicationId = jdbc.sql("""
                INSERT INTO mentor_applications (user_id, topics, headline, bio)
                VALUES (?, ARRAY['fitness'], 'Strength coach', 'Ten years of coaching.') RETURNING id
                """).param(studentId).query(Long.class).single();

        send(admin, "/admin");
        press(admin, "📝 Applications");
        assertThat(admin.chat().last().text()).startsWith("📝 Pending mentor applications, oldest first");
        press(admin, "Sam · Strength coach");
        assertThat(admin.chat().last().text()).contains("From: Sam (@sam_learns)", "Headline: Strength coach",
                "Ten years of coaching.");
        press(admin, "✅ Approve");

        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND is_mentor", studentId)).isEqualTo(1);
        assertThat(student.chat().last().text()).startsWith("Good news: your mentor application was approved!");
        assertThat(jdbc.sql("SELECT action || ' ' || before || ' -> ' || after FROM admin_audit")
                .query(String.class).list()).containsExactly(
                "approve-application application=" + applicationId + ", status=PENDING -> status=APPROVED");
        send(admin, "/admin");
        press(admin, "📝 Applications");
        assertThat(admin.chat().last().text()).isEqualTo("📝 No applications are waiting.");
    }

    @Test
    void adminsSearchUsersAndMentorsByNameUsernameOrId() {
        assertThat(send(admin, "/admin sam").text()).isEqualTo("Found for “sam”: 1.");
        assertThat(admin.chat().last().buttonTexts()).contains("Sam @sam_learns");
        press(admin, "Sam @sam_learns");
        assertThat(admin.chat().last().text()).contains("Sam", "@sam_learns", "Roles: student");

        send(admin, "/admin");
        press(admin, "🔎 Search users");
        assertThat(admin.chat().last().text()).startsWith("🔎 Send a name");
        assertThat(send(admin, "@MARIA_codes").text()).isEqualTo("Found for “@MARIA_codes”: 1.");
        assertThat(admin.chat().last().buttonTexts()).contains("🎓 Maria Koval @maria_codes");

        assertThat(send(admin, "/admin 972").buttonTexts()).contains("Sam @sam_learns");
        assertThat(send(admin, "/admin 100%_").text()).isEqualTo("Nothing found for “100%_”.");

        send(admin, "/admin");
        press(admin, "🎓 Mentors");
        press(admin, "🔎 Search mentors");
        assertThat(send(admin, "a").buttonTexts()).contains("🎓 Maria Koval @maria_codes")
                .noneMatch(text -> text.contains("Sam") || text.contains("Ada"));
        press(admin, "🎓 Maria Koval @maria_codes");
        assertThat(admin.chat().last().text()).contains("Java and Spring", "Listed in the catalogue: yes");
    }

    @Test
    void adminRightsGivenFromTheConsoleRunOutAndLeaveTheMenu() throws Exception {
        send(admin, "/admin sam");
        press(admin, "Sam @sam_learns");
        CallbackAnswer granted = press(admin, "🛡 Admin for 24 h");
        assertThat(granted.text()).isEqualTo("Sam is an admin until Tue 16 Mar 12:00 (Europe/Kyiv).");
        assertThat(admin.chat().last().text()).contains("Roles: student, admin", "Admin until Tue 16 Mar 12:00");
        assertThat(student.chat().last().text()).startsWith("An admin has given you admin rights until");
        String chatMenu = BotApiEmulator.commandScopeKey(Map.of("type", "chat", "chat_id", 972), "");
        assertThat(telegram.commands().get(chatMenu)).extracting(c -> c.get("command")).contains("stats", "admin");

        clock.setTo(NOW.plus(Duration.ofHours(24)).plusSeconds(1));
        scheduler.triggerJob(JobKey.jobKey("admin-grant-expiry", "maintenance"));

        await().until(() -> student.chat().last().text().startsWith("Your temporary admin rights have ended."));
        await().until(() -> !telegram.commands().containsKey(chatMenu));
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND NOT is_admin AND admin_until IS NULL",
                studentId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action || ' ' || coalesce(admin_id::text, 'platform') FROM admin_audit ORDER BY id")
                .query(String.class).list())
                .containsExactly("grant-admin " + accountId(ADMIN_ID), "admin-lapsed platform");
        assertThat(send(student, "/stats").text()).isEqualTo("/stats is for platform admins only.");
    }

    @Test
    void theExportScreenSendsTheCommonFilesInOnePress() {
        confirmedBooking(slot(TUESDAY_17));
        send(admin, "/admin");
        press(admin, "📤 Export");
        assertThat(admin.chat().last().text()).contains("/export bookings <from YYYY-MM-DD> <to YYYY-MM-DD>");

        press(admin, "📅 Bookings: the next 30 days");
        assertThat(admin.chat().last().document().fileName()).isEqualTo("bookings-2027-03-15-2027-04-13.csv");
        assertThat(new String(admin.chat().last().document().bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Maria Koval", "Sam");
        press(admin, "👥 All users");
        assertThat(admin.chat().last().document().fileName()).isEqualTo("users.csv");
    }

    @Test
    void aNonAdminPressingForgedConsoleButtonsIsRefusedAndNothingChanges() {
        long slotId = slot(TUESDAY_17);
        long bookingId = confirmedBooking(slotId);
        long free = slot(TUESDAY_17.plus(Duration.ofHours(3)));
        long applicationId = jdbc.sql("""
                INSERT INTO mentor_applications (user_id, topics, headline, bio)
                VALUES (?, ARRAY['fitness'], 'Coach', 'Bio') RETURNING id
                """).param(studentId).query(Long.class).single();
        long messageId = student.chat().last().messageId();

        for (String data : List.of("v1:av:bookings:0", "v1:av:applications:0",
                "v1:abl:upcoming:0:0", "v1:abl:mentor:" + mentorId + ":0", "v1:abl:status:2:0",
                "v1:ab:" + bookingId + ":open", "v1:ab:" + bookingId + ":cancel",
                "v1:abx:" + bookingId + ":upcoming:0:0",
                "v1:asd:" + mentorId + ":2027-03-16", "v1:as:" + free + ":open", "v1:as:" + free + ":block",
                "v1:as:" + free + ":delete", "v1:aap:" + applicationId, "v1:asr:u", "v1:asr:m",
                "v1:au:" + studentId + ":admin_day", "v1:au:" + studentId + ":admin_week",
                "v1:au:" + accountId(ADMIN_ID) + ":unadmin", "v1:av:export:0", "v1:ax:users", "v1:ax:next")) {
            CallbackAnswer answer = pressData(student, messageId, data);
            assertThat(answer.text()).as(data).isEqualTo("This is for platform admins only.");
            assertThat(answer.showAlert()).as(data).isTrue();
        }
        assertThat(send(student, "/admin sam").text()).isEqualTo("/admin is for platform admins only.");

        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        assertThat(student.chat().messages()).noneMatch(message -> message.document() != null);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", free)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM users WHERE is_admin")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'PENDING'")).isEqualTo(1);
    }

    private long slot(Instant start) {
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)))
                .query(Long.class).single();
    }

    private long confirmedBooking(long slotId) {
        jdbc.sql("UPDATE slots SET status = 'BOOKED' WHERE id = ?").param(slotId).update();
        return jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, confirmed_at) VALUES (?, ?, 'CONFIRMED', now())
                RETURNING id
                """).params(slotId, studentId).query(Long.class).single();
    }

    private long accountId(long telegramId) {
        return count("SELECT id FROM users WHERE telegram_id = ?", telegramId);
    }
}
