package io.mentorbot.telegram.dialog;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A button of a screen the user has moved on from never acts on the dialog they are in now. */
class StaleScreenFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aMentor() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(701, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(telegram.user(ADMIN_ID, "Ada", "en"), "/makementor 701");
    }

    @Test
    void anOldCancelOfAnotherDialogSaysItsScreenIsOutOfDateAndLeavesTheCurrentDialogOpen() {
        send(mentor, "/profile");
        press(mentor, "💰 Price");
        BotMessage priceQuestion = mentor.chat().last();
        send(mentor, "/newslot");

        CallbackAnswer answer = press(mentor, priceQuestion, "Cancel");

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        assertThat(answer.showAlert()).isTrue();
        assertThat(mentor.chat().message(priceQuestion.messageId()).orElseThrow().text())
                .as("the old screen shows the open dialog's step").isEqualTo("How would you like to add slots?");
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'newslot'")).isOne();
    }

    @Test
    void theCancelOfTheCurrentDialogLeavesIt() {
        send(mentor, "/newslot");

        CallbackAnswer answer = press(mentor, "Cancel");

        assertThat(answer.text()).isEqualTo("Cancelled: nothing was changed.");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void aCancelButtonFromBeforeCancelsNamedTheirDialogLeavesNothing() {
        BotMessage menu = send(mentor, "/newslot");

        CallbackAnswer answer = pressData(mentor, menu.messageId(), "v1:cancel");

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        assertThat(count("SELECT count(*) FROM conversations WHERE dialog = 'newslot'")).isOne();
    }

    private CallbackAnswer press(SimulatedUser user, BotMessage message, String buttonText) {
        long update = user.press(message, buttonText);
        awaitHandled(update);
        return user.chat().answerFor(update).orElseThrow();
    }
}
