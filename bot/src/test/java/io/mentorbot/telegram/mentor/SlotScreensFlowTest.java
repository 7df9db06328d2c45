package io.mentorbot.telegram.mentor;

import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner and the slot list are one screen edited in place; the platform's clock stands at Monday 15 March 2027,
 * 12:00 in Kyiv.
 */
class SlotScreensFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aMentorInKyiv() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(811, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(user(ADMIN_ID, "Ada", "en"), "/makementor 811");
    }

    @Test
    void aWeeklyPlannerRunLeavesOneScreenThatEndsAsItsReport() {
        int before = mentor.chat().messages().size();
        int sentBefore = mentor.chat().allMessages().size();

        BotMessage screen = send(mentor, "/newslot");
        press(mentor, "🔁 Weekly (recurring)");
        press(mentor, "Mon");
        press(mentor, "Wed");
        press(mentor, "Next ▶");
        assertThat(mentor.chat().last().messageId()).as("the range question is the first screen")
                .isEqualTo(screen.messageId());
        send(mentor, "18:00-20:00");
        press(mentor, "4");

        BotMessage report = mentor.chat().last();
        assertThat(report.text()).contains("Created 16 slots");
        assertThat(report.buttonTexts()).containsExactly("📋 My slots", "➕ Add more");
        assertThat(mentor.chat().message(screen.messageId()).orElseThrow().deleted())
                .as("the question answered by typing is gone").isTrue();
        assertThat(mentor.chat().messages().size() - before).isEqualTo(1);
        assertThat(mentor.chat().allMessages().size() - sentBefore).isEqualTo(2);
        assertThat(mentor.chat().messages()).noneSatisfy(m -> assertThat(m.buttonTexts()).contains("Cancel"));
    }

    @Test
    void aDayPlannedByTypedTimesReportsBelowThemAndRemovesTheQuestion() {
        int before = mentor.chat().messages().size();
        BotMessage screen = send(mentor, "/newslot");
        press(mentor, "📅 One day");
        press(mentor, "20");

        BotMessage report = send(mentor, "9:00-11:00");

        assertThat(report.text()).contains("Created 2 slots");
        assertThat(mentor.chat().message(screen.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(mentor.chat().messages().size() - before).isEqualTo(1);
    }

    @Test
    void theReportsButtonsOpenTheListOrTheNextPlanInPlace() {
        BotMessage report = send(mentor, "/newslot 2027-03-20 18:00");

        press(mentor, "➕ Add more");
        assertThat(mentor.chat().last().messageId()).isEqualTo(report.messageId());
        assertThat(mentor.chat().last().text()).isEqualTo("How would you like to add slots?");
        press(mentor, "Cancel");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();

        BotMessage again = send(mentor, "/newslot 2027-03-21 18:00");
        press(mentor, "📋 My slots");

        assertThat(mentor.chat().last().messageId()).isEqualTo(again.messageId());
        assertThat(mentor.chat().last().text()).contains("Your upcoming slots (2 slots");
    }

    @Test
    void aBlockUnblockDeleteRoundOnMySlotsEditsTheListItself() {
        send(mentor, "/newslot 2027-03-20 18:00-20:00");
        BotMessage list = send(mentor, "/myslots");
        int before = mentor.chat().allMessages().size();

        press(mentor, "🟢 Sat 20 Mar 18:00");
        press(mentor, "⛔ Block");
        press(mentor, "⛔ Sat 20 Mar 18:00");
        press(mentor, "🟢 Unblock");
        press(mentor, "🟢 Sat 20 Mar 19:00");
        press(mentor, "🗑 Delete");

        assertThat(mentor.chat().allMessages()).hasSize(before);
        assertThat(mentor.chat().last().messageId()).isEqualTo(list.messageId());
        assertThat(mentor.chat().last().text()).contains("Your upcoming slots (1 slot");
    }

    @Test
    void stayShowsThePlannersCurrentStepOnTheQuestionAndRemovesTheOldScreen() {
        BotMessage screen = send(mentor, "/newslot");
        press(mentor, "🔁 Weekly (recurring)");
        press(mentor, "Mon");
        BotMessage question = send(mentor, "/myslots");

        press(mentor, "Stay");

        BotMessage step = mentor.chat().message(question.messageId()).orElseThrow();
        assertThat(step.text()).isEqualTo("Which weekdays? Toggle them, then press \"Next\".");
        assertThat(step.buttonTexts()).contains("✅ Mon", "Tue", "Next ▶", "Cancel");
        assertThat(mentor.chat().message(screen.messageId()).orElseThrow().deleted()).isTrue();
        press(mentor, "Next ▶");
        assertThat(mentor.chat().last().text()).startsWith("Send the time range for those days");
    }

    @Test
    void anOldCancelShowsThePlannersTypedStepWhichTheAnswerThenReplaces() {
        send(mentor, "/profile");
        press(mentor, "💰 Price");
        BotMessage priceQuestion = mentor.chat().last();
        BotMessage screen = send(mentor, "/newslot");
        press(mentor, "📅 One day");
        press(mentor, "20");

        long update = mentor.press(priceQuestion, "Cancel");
        awaitHandled(update);
        CallbackAnswer answer = mentor.chat().answerFor(update).orElseThrow();

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        BotMessage step = mentor.chat().message(priceQuestion.messageId()).orElseThrow();
        assertThat(step.text()).startsWith("Day: Sat 20 Mar.");
        assertThat(step.buttonTexts()).containsExactly("Cancel");
        assertThat(mentor.chat().message(screen.messageId()).orElseThrow().deleted()).isTrue();
        send(mentor, "18:00");
        assertThat(mentor.chat().message(priceQuestion.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(mentor.chat().last().text()).contains("Created 1 slot");
    }

    @Test
    void anOldReportsAddMoreAsksBeforeItLeavesADialogWithUnsavedInput() {
        send(mentor, "/newslot 2027-03-20 18:00");
        BotMessage report = mentor.chat().last();
        send(mentor, "/profile");
        press(mentor, "🏷 Topics");
        press(mentor, "Programming");

        long update = mentor.press(report, "➕ Add more");
        awaitHandled(update);

        assertThat(mentor.chat().last().text()).isEqualTo("Leave the profile editor? What you entered so far will be lost.");
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'profile'")).isOne();
    }
}
