package io.mentorbot.telegram.mentor;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile editor and the application are one screen: a question replaces it, the answer's result follows. */
class ProfileScreensFlowTest extends BotFlowTest {

    private SimulatedUser mentor;

    @BeforeEach
    void aFreshMentor() {
        send(user(ADMIN_ID, "Ada", "en"), "/start");
        mentor = telegram.user(711, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        send(telegram.user(ADMIN_ID, "Ada", "en"), "/makementor 711");
    }

    @Test
    void aFieldsQuestionReplacesTheEditorAndTheSavedValueRemovesTheQuestion() {
        BotMessage editor = send(mentor, "/profile");

        press(mentor, "✏️ Headline");
        assertThat(mentor.chat().last().messageId()).isEqualTo(editor.messageId());
        assertThat(mentor.chat().last().text()).startsWith("Send a new headline");
        BotMessage saved = send(mentor, "Backend mentor");

        assertThat(mentor.chat().message(editor.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(saved.text()).startsWith("Saved ✅").contains("👤 Iryna Koval", "Backend mentor");
    }

    @Test
    void aProfileEditOfTwoFieldsKeepsOneEditorInTheChat() {
        int before = mentor.chat().messages().size();
        int sentBefore = mentor.chat().allMessages().size();

        send(mentor, "/profile");
        press(mentor, "✏️ Headline");
        send(mentor, "Backend mentor");
        press(mentor, "⏱ Session length");
        press(mentor, "45 min");

        assertThat(mentor.chat().last().text()).startsWith("Saved ✅");
        assertThat(mentor.chat().messages().size() - before).as("one editor, which holds the card").isEqualTo(1);
        assertThat(mentor.chat().allMessages().size() - sentBefore).as("the editor, then one per saved field")
                .isEqualTo(3);
        assertThat(mentor.chat().messages()).filteredOn(m -> m.hasButton("✏️ Headline")).hasSize(1);
    }

    @Test
    void thePreviewShowsTheCardInPlaceAndLeadsBackToTheEditor() {
        BotMessage editor = send(mentor, "/profile");

        press(mentor, "👁 Preview");
        assertThat(mentor.chat().last().messageId()).isEqualTo(editor.messageId());
        assertThat(mentor.chat().last().text()).startsWith("👤 Iryna Koval");
        press(mentor, "◀ Back to the editor");

        assertThat(mentor.chat().last().messageId()).isEqualTo(editor.messageId());
        assertThat(mentor.chat().last().text()).contains("What would you like to change?");
    }

    @Test
    void stayShowsTheTopicsAsTickedOnTheQuestionAndRemovesTheOldOne() {
        BotMessage editor = send(mentor, "/profile");
        press(mentor, "🏷 Topics");
        press(mentor, "Programming");
        BotMessage question = send(mentor, "/myslots");

        press(mentor, "Stay");

        BotMessage step = mentor.chat().message(question.messageId()).orElseThrow();
        assertThat(step.text()).isEqualTo("Choose your topics, then press \"Done\".");
        assertThat(step.buttonTexts()).contains("✅ Programming", "Done ✔", "Cancel");
        assertThat(mentor.chat().message(editor.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void anOldCancelShowsTheProfileQuestionThatIsOpen() {
        BotMessage planner = send(mentor, "/newslot");
        press(mentor, "Cancel");
        send(mentor, "/profile");
        press(mentor, "💰 Price");

        awaitHandled(mentor.pressData(planner.messageId(), "v1:cancel"));

        BotMessage step = mentor.chat().message(planner.messageId()).orElseThrow();
        assertThat(step.text()).startsWith("Your price is").contains("Send a new one");
        assertThat(step.buttonTexts()).contains("💰 Price", "Cancel");
        assertThat(send(mentor, "300 uah").text()).startsWith("Saved ✅");
        assertThat(mentor.chat().message(planner.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void theApplicationAsksOnOneScreenAndItsAnswersReplaceTheQuestions() {
        SimulatedUser olena = telegram.user(611, "Olena", "Koval", "olena_k", "en");
        send(olena, "/start");
        int before = olena.chat().messages().size();

        press(olena, "🎓 Become a mentor");
        BotMessage screen = olena.chat().last();
        press(olena, "Programming");
        press(olena, "Done ✔");
        assertThat(olena.chat().last().messageId()).isEqualTo(screen.messageId());
        assertThat(olena.chat().last().text()).contains("Topics: Programming", "Step 2 of 3");
        BotMessage bio = send(olena, "Java backend");
        assertThat(bio.text()).startsWith("Step 3 of 3");
        assertThat(bio.buttonTexts()).containsExactly("Cancel");
        assertThat(olena.chat().message(screen.messageId()).orElseThrow().deleted()).isTrue();
        BotMessage sent = send(olena, "Ten years of Java.");

        assertThat(sent.text()).contains("Thank you!");
        assertThat(olena.chat().message(bio.messageId()).orElseThrow().deleted()).as("the bio's question").isTrue();
        assertThat(olena.chat().messages().size() - before).as("the answer alone").isEqualTo(1);
        assertThat(olena.chat().messages()).noneSatisfy(m -> assertThat(m.buttonTexts()).contains("Cancel"));
    }

    @Test
    void stayShowsTheApplicationsStepAgainAndTheTypedAnswerReplacesIt() {
        SimulatedUser olena = telegram.user(612, "Olena", "Koval", "olena_k", "en");
        send(olena, "/start");
        press(olena, "🎓 Become a mentor");
        press(olena, "Programming");
        press(olena, "Done ✔");
        BotMessage question = send(olena, "/my");

        press(olena, "Stay");

        BotMessage step = olena.chat().message(question.messageId()).orElseThrow();
        assertThat(step.text()).contains("Topics: Programming", "Step 2 of 3");
        assertThat(step.buttonTexts()).containsExactly("Cancel");
        send(olena, "Java backend");
        assertThat(olena.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(olena.chat().last().text()).startsWith("Step 3 of 3");
    }

    @Test
    void aCommandAtTheApplicationsFirstStepWithNothingTickedRunsAtOnce() {
        SimulatedUser olena = telegram.user(613, "Olena", "Koval", "olena_k", "en");
        send(olena, "/start");
        press(olena, "🎓 Become a mentor");

        BotMessage reply = send(olena, "/my");

        assertThat(reply.text()).doesNotStartWith("Leave");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }
}
