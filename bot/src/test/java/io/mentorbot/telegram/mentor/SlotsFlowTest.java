package io.mentorbot.telegram.mentor;

import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mentor in Kyiv fills a schedule; the platform's clock stands at Monday 15 March 2027, 12:00 in Kyiv. */
class SlotsFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aMentorInKyiv() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(user(ADMIN_ID, "Ada", "en"), "/makementor 801");
    }

    @Test
    void oneLineCreatesASingleSessionOfTheMentorsLength() {
        BotMessage reply = send(mentor, "/newslot 2027-03-20 18:00");

        assertThat(reply.text()).contains("Created 1 slot (times in Europe/Kyiv):", "Sat 20 Mar 18:00–19:00");
        assertThat(slotStarts()).containsExactly("2027-03-20T16:00:00Z");
    }

    @Test
    void anUnreadableLineIsAnsweredWithAnExampleDatedTomorrow() {
        BotMessage reply = send(mentor, "/newslot someday soon");

        assertThat(reply.text()).contains("/newslot 2027-03-16 18:00 (one session)", "/newslot 2027-03-16 18:00-21:00");
    }

    @Test
    void aRangeIsCutIntoSessionsAndOverlapsAreReportedByName() {
        send(mentor, "/newslot 2027-03-20 18:30");

        BotMessage reply = send(mentor, "/newslot 2027-03-20 18:00-21:00");

        assertThat(reply.text()).contains("Created 1 slot", "Sat 20 Mar 20:00–21:00", "Skipped 2:",
                "Sat 20 Mar 18:00 — overlaps your slot Sat 20 Mar 18:30–19:30",
                "Sat 20 Mar 19:00 — overlaps your slot Sat 20 Mar 18:30–19:30");
        assertThat(slotStarts()).hasSize(2);
    }

    @Test
    void theDayDialogUsesTheInlineCalendar() {
        send(mentor, "/newslot");
        press(mentor, "📅 One day");
        assertThat(mentor.chat().last().buttonTexts()).contains("▶", "20", "·").doesNotContain("◀", "14");

        press(mentor, "20");
        assertThat(mentor.chat().last().text()).startsWith("Day: Sat 20 Mar.");
        BotMessage reply = send(mentor, "9:00-11:00");

        assertThat(reply.text()).contains("Created 2 slots", "Sat 20 Mar 09:00–10:00", "Sat 20 Mar 10:00–11:00");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void aWeeklyEveningStaysAtSixLocalAcrossTheDaylightSavingSwitch() {
        send(mentor, "/newslot");
        press(mentor, "🔁 Weekly (recurring)");
        press(mentor, "Mon");
        press(mentor, "Wed");
        press(mentor, "Next ▶");
        send(mentor, "18:00-20:00");

        press(mentor, "4");

        assertThat(mentor.chat().last().text()).contains("Created 16 slots", "Mon 29 Mar 18:00–19:00",
                "Wed 7 Apr 19:00–20:00");
        // Kyiv is UTC+2 until 28 March 2027 and UTC+3 after: the same 18:00 is a different UTC hour.
        assertThat(slotStarts()).contains("2027-03-22T16:00:00Z", "2027-03-29T15:00:00Z", "2027-04-07T16:00:00Z")
                .hasSize(16);
    }

    @Test
    void badRequestsAreExplainedAndCreateNothing() {
        assertThat(send(mentor, "/newslot 2027-02-30 18:00").text()).startsWith("I couldn't read that.");
        assertThat(send(mentor, "/newslot 2027-03-01 18:00").text()).contains("already in the past");
        assertThat(send(mentor, "/newslot 2027-03-20 21:00-18:00").text()).contains("must end after it starts");
        assertThat(send(mentor, "/newslot 2027-03-20 18:00-18:30").text()).contains("shorter than one session");
        assertThat(send(mentor, "/newslot 2029-03-20 18:00").text()).contains("too far ahead");
        send(mentor, "/newslot");
        press(mentor, "🔁 Weekly (recurring)");
        CallbackAnswer noDay = press(mentor, "Next ▶");
        assertThat(noDay.text()).isEqualTo("Choose at least one weekday.");
        for (String day : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) {
            press(mentor, day);
        }
        press(mentor, "Next ▶");
        assertThat(send(mentor, "banana").text()).contains("couldn't read that range");
        send(mentor, "0:00-23:00");
        press(mentor, "12");

        assertThat(mentor.chat().last().text()).contains("the limit is 200", "Nothing was created");
        assertThat(slotStarts()).isEmpty();
    }

    @Test
    void mySlotsShowsTheScheduleAndLetsTheMentorBlockUnblockAndDelete() {
        send(mentor, "/newslot 2027-03-20 18:00-20:00");

        BotMessage list = send(mentor, "/myslots");
        assertThat(list.text()).contains("Your upcoming slots: 2", "Sat 20 Mar", "🟢 18:00–19:00 free",
                "🟢 19:00–20:00 free");

        press(mentor, "🟢 Sat 20 Mar 18:00");
        press(mentor, "⛔ Block");
        assertThat(mentor.chat().last().text()).contains("⛔ 18:00–19:00 blocked");
        press(mentor, "⛔ Sat 20 Mar 18:00");
        press(mentor, "🟢 Unblock");
        press(mentor, "🟢 Sat 20 Mar 19:00");
        CallbackAnswer deleted = press(mentor, "🗑 Delete");

        assertThat(deleted.text()).isEqualTo("Deleted.");
        assertThat(mentor.chat().last().text()).contains("Your upcoming slots: 1", "🟢 18:00–19:00 free")
                .doesNotContain("19:00–20:00");
    }

    @Test
    void anotherMentorCannotTouchTheseSlots() {
        send(mentor, "/newslot 2027-03-20 18:00");
        long slot = count("SELECT id FROM slots");
        SimulatedUser rival = telegram.user(802, "Rival", "en");
        send(rival, "/start");
        send(user(ADMIN_ID, "Ada", "en"), "/makementor 802");
        BotMessage own = send(rival, "/myslots");

        CallbackAnswer open = pressData(rival, own.messageId(), "v1:sl:" + slot);
        CallbackAnswer delete = pressData(rival, own.messageId(), "v1:sa:" + slot + ":delete");

        assertThat(open.text()).isEqualTo("This slot isn't yours, or it no longer exists.");
        assertThat(delete.text()).isEqualTo("This slot isn't yours, or it no longer exists.");
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'FREE'")).isOne();
    }

    private java.util.List<String> slotStarts() {
        return jdbc.sql("SELECT starts_at FROM slots WHERE status <> 'CANCELLED' ORDER BY starts_at")
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toString()).list();
    }
}
