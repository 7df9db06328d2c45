package io.mentorbot.telegram.admin;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decided mentor application keeps only the buttons that still make sense, on the console and on the admins'
 * notices: the first decision wins, and an admin pressing an old Approve is told and sees the outcome.
 */
class ApplicationDecisionFlowTest extends BotFlowTest {

    private SimulatedUser ada;
    private SimulatedUser bob;
    private SimulatedUser olena;

    @BeforeEach
    void twoAdminsAndAnApplication() {
        ada = user(ADMIN_ID, "Ada", "en");
        send(ada, "/start");
        bob = user(9002, "Bob", "en");
        send(bob, "/start");
        send(ada, "/grantadmin 9002 7d");
        olena = telegram.user(601, "Olena", "Koval", "olena_k", "en");
        send(olena, "/start");
        press(olena, "🎓 Become a mentor");
        press(olena, "Programming");
        press(olena, "Done ✔");
        send(olena, "Java backend");
        send(olena, "Ten years of Java, happy to review your code.");
    }

    @Test
    void approvingFromTheConsoleEditsItsOneScreen() {
        int sentBefore = ada.chat().allMessages().size();
        long console = send(ada, "/admin").messageId();

        press(ada, "📝 Applications");
        press(ada, "Olena Koval · Java backend");
        press(ada, "✅ Approve");

        BotMessage screen = ada.chat().message(console).orElseThrow();
        assertThat(screen.text()).isEqualTo("Approved: Olena Koval is a mentor now.");
        assertThat(screen.buttonTexts()).containsExactly("📝 Applications");
        assertThat(ada.chat().allMessages()).hasSize(sentBefore + 1);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND is_mentor")).isOne();
    }

    @Test
    void anOldApproveAfterAnotherAdminApprovedSaysSoAndShowsTheOutcome() {
        BotMessage adasNotice = ada.chat().last();
        BotMessage bobsNotice = bob.chat().last();
        assertThat(bobsNotice.buttonTexts()).containsExactly("✅ Approve", "❌ Reject");

        awaitHandled(ada.press(adasNotice, "✅ Approve"));
        CallbackAnswer late = press(bob, bobsNotice, "✅ Approve");

        assertThat(late.text()).isEqualTo("This application has already been decided.");
        BotMessage now = bob.chat().message(bobsNotice.messageId()).orElseThrow();
        assertThat(now.text()).contains("Olena Koval", "Java backend", "✅ Approved: the applicant is a mentor now.");
        assertThat(now.buttonTexts()).containsExactly("📝 Applications");
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'approve-application'")).isOne();
    }

    @Test
    void aRejectionAsksOnTheNoticeAndAnOldApproveThenShowsTheReason() {
        BotMessage adasNotice = ada.chat().last();
        BotMessage bobsNotice = bob.chat().last();

        awaitHandled(ada.press(adasNotice, "❌ Reject"));
        BotMessage question = ada.chat().message(adasNotice.messageId()).orElseThrow();
        assertThat(question.text()).isEqualTo("Send the reason for the rejection; the applicant will see it.");
        assertThat(question.buttonTexts()).containsExactly("Cancel");
        BotMessage rejected = send(ada, "Please add more detail about your experience");

        assertThat(rejected.text()).isEqualTo("Rejected: Olena Koval has been told the reason.");
        assertThat(ada.chat().message(adasNotice.messageId()).orElseThrow().deleted()).isTrue();
        CallbackAnswer late = press(bob, bobsNotice, "✅ Approve");
        assertThat(late.text()).isEqualTo("This application has already been decided.");
        assertThat(bob.chat().message(bobsNotice.messageId()).orElseThrow().text())
                .contains("❌ Rejected. The reason given: Please add more detail about your experience");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 601 AND NOT is_mentor")).isOne();
    }

    @Test
    void theRejectionQuestionsCancelShowsTheApplicationAgainUndecided() {
        BotMessage notice = ada.chat().last();
        awaitHandled(ada.press(notice, "❌ Reject"));

        press(ada, "Cancel");

        BotMessage again = ada.chat().message(notice.messageId()).orElseThrow();
        assertThat(again.text()).contains("Olena Koval", "Java backend");
        assertThat(again.buttonTexts()).contains("✅ Approve", "❌ Reject");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        assertThat(count("SELECT count(*) FROM mentor_applications WHERE status = 'PENDING'")).isOne();
    }

    @Test
    void anOldScreensCancelDuringTheRejectionShowsTheQuestionOrTheOutcomeIfAnotherAdminWasFirst() {
        BotMessage older = send(ada, "/start");
        BotMessage notice = ada.chat().messages().stream().filter(m -> m.hasButton("❌ Reject")).findFirst().orElseThrow();
        awaitHandled(ada.press(notice, "❌ Reject"));

        pressData(ada, older.messageId(), "v1:cancel");
        BotMessage question = ada.chat().message(older.messageId()).orElseThrow();
        assertThat(question.text()).isEqualTo("Send the reason for the rejection; the applicant will see it.");
        assertThat(ada.chat().message(notice.messageId()).orElseThrow().deleted()).isTrue();

        awaitHandled(bob.press(bob.chat().last(), "✅ Approve"));
        CallbackAnswer stale = pressData(ada, question.messageId(), "v1:cancel");

        assertThat(stale.text()).isEqualTo("This application has already been decided.");
        assertThat(ada.chat().message(question.messageId()).orElseThrow().text())
                .contains("Olena Koval", "✅ Approved: the applicant is a mentor now.");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    private CallbackAnswer press(SimulatedUser user, BotMessage message, String buttonText) {
        long update = user.press(message, buttonText);
        awaitHandled(update);
        return user.chat().answerFor(update).orElseThrow();
    }
}
