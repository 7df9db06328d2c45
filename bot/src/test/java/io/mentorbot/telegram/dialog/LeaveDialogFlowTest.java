package io.mentorbot.telegram.dialog;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A command typed in the middle of a dialog asks before it drops what the user entered. */
class LeaveDialogFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aMentor() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(702, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(telegram.user(ADMIN_ID, "Ada", "en"), "/makementor 702");
    }

    @Test
    void aCommandInADialogWithNothingEnteredRunsAtOnce() {
        send(mentor, "/newslot");

        BotMessage reply = send(mentor, "/myslots");

        assertThat(reply.text()).contains("You have no upcoming slots");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void aCommandInADialogWithUnsavedInputAsksBeforeLeaving() {
        startWeeklySlots();

        BotMessage question = send(mentor, "/myslots");

        assertThat(question.text()).isEqualTo("Leave the new slot? What you entered so far will be lost.");
        assertThat(question.buttonTexts()).containsExactly("Leave and run /myslots", "Stay");
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'newslot' AND step = 'WEEKDAYS'"))
                .isOne();
    }

    @Test
    void theQuestionSpeaksTheUsersLanguage() {
        SimulatedUser olena = telegram.user(703, "Олена", "Коваль", "olena", "uk");
        send(olena, "/start");
        send(telegram.user(ADMIN_ID, "Ada", "en"), "/makementor 703");
        send(olena, "/newslot");
        press(olena, "🔁 Щотижня (повторювані)");

        BotMessage question = send(olena, "/my");

        assertThat(question.text()).isEqualTo("Покинути створення слота? Те, що ви вже ввели, буде втрачено.");
        assertThat(question.buttonTexts()).containsExactly("Покинути й виконати /my", "Залишитися");
    }

    @Test
    void leavingRunsTheCommandAsTyped() {
        startWeeklySlots();
        send(mentor, "/myslots");

        press(mentor, "Leave and run /myslots");

        assertThat(mentor.chat().messages()).anySatisfy(m -> assertThat(m.text()).contains("You have no upcoming slots"));
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void stayingKeepsTheDialogWhereItWas() {
        startWeeklySlots();
        BotMessage question = send(mentor, "/myslots");

        press(mentor, "Stay");

        assertThat(mentor.chat().message(question.messageId()).orElseThrow().text())
                .isEqualTo("Which weekdays? Toggle them, then press \"Next\".");
        assertThat(mentor.chat().messages()).noneSatisfy(m -> assertThat(m.text()).contains("no upcoming slots"));
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'newslot' AND step = 'WEEKDAYS'"
                + " AND draft ->> 'leave.command' IS NULL")).isOne();
    }

    @Test
    void aStaleLeaveRunsNothingOnceTheChatHasLeftTheDialog() {
        startWeeklySlots();
        BotMessage question = send(mentor, "/myslots");
        press(mentor, "Cancel");
        int messages = mentor.chat().messages().size();

        long update = mentor.press(question, "Leave and run /myslots");
        awaitHandled(update);
        CallbackAnswer answer = mentor.chat().answerFor(update).orElseThrow();

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        assertThat(mentor.chat().messages()).hasSize(messages);
        assertThat(mentor.chat().messages()).noneSatisfy(m -> assertThat(m.text()).contains("no upcoming slots"));
    }

    @Test
    void startRunsWithoutAskingAndLeavesTheDialog() {
        startWeeklySlots();

        BotMessage reply = send(mentor, "/start");

        assertThat(reply.text()).doesNotContain("Leave the new slot");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void theProfileEditorAsksOnlyOnceTheTopicsAreTickedDifferently() {
        send(mentor, "/profile");
        press(mentor, "🏷 Topics");
        assertThat(send(mentor, "/myslots").text()).contains("You have no upcoming slots");

        send(mentor, "/profile");
        press(mentor, "🏷 Topics");
        press(mentor, "Programming");
        BotMessage question = send(mentor, "/myslots");

        assertThat(question.text()).isEqualTo("Leave the profile editor? What you entered so far will be lost.");
    }

    private void startWeeklySlots() {
        send(mentor, "/newslot");
        press(mentor, "🔁 Weekly (recurring)");
    }
}
