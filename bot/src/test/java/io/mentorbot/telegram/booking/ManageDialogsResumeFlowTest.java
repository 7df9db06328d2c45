package io.mentorbot.telegram.booking;

import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Stay", or an old screen's button pressed in the middle of a cancellation or a booking note, shows the dialog's
 * current step again on that message, and the chat keeps one live question. Clock: Mon 15 Mar 2027.
 */
class ManageDialogsResumeFlowTest extends BotFlowTest {

    /** An old screen's button: the "Cancel" of a dialog the chat is not in. */
    private static final String OLD_CANCEL = "v1:cx:newslot";

    private SimulatedUser mentor;
    private SimulatedUser john;
    private BotMessage johnsGreeting;
    private long mentorId;
    private long evening;

    @BeforeEach
    void aMentorWithAFreeSaturdayEveningAndAStudent() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        evening = slotAt("2027-03-20T16:00:00Z");
        john = telegram.user(901, "John", "Smith", "johnny", "en");
        johnsGreeting = send(john, "/start");
    }

    @Test
    void anOldScreensButtonShowsTheStudentsReasonQuestionAgainOnThatMessage() {
        book();
        BotMessage list = send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");

        CallbackAnswer answer = pressData(john, johnsGreeting.messageId(), OLD_CANCEL);

        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        BotMessage question = john.chat().message(johnsGreeting.messageId()).orElseThrow();
        assertThat(question.text()).startsWith("Cancel your session with Iryna Koval on Sat 20 Mar 18:00");
        assertThat(question.buttonTexts()).containsExactly("◀ My consultations");
        assertThat(john.chat().message(list.messageId()).orElseThrow().deleted()).as("one question in the chat")
                .isTrue();
        send(john, "Something came up");
        assertThat(john.chat().message(johnsGreeting.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
    }

    @Test
    void theReasonQuestionAskedBelowAConfirmationGoesOnceTheReasonIsTyped() {
        book();
        long booking = count("SELECT id FROM bookings WHERE status = 'CONFIRMED'");
        int before = john.chat().messages().size();
        pressData(john, johnsGreeting.messageId(), "v1:xb:" + booking);
        BotMessage question = john.chat().last();
        assertThat(question.text()).startsWith("Cancel your session with Iryna Koval on Sat 20 Mar 18:00");

        send(john, "Something came up");
        awaitOutboxDelivered();

        assertThat(john.chat().messages()).anySatisfy(m -> assertThat(m.text())
                .startsWith("Cancelled: your session with Iryna Koval"));
        assertThat(john.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(john.chat().message(johnsGreeting.messageId()).orElseThrow().deleted())
                .as("the confirmation stays").isFalse();
        assertThat(john.chat().messages().size() - before).as("the result and the calendar file that cancels")
                .isEqualTo(2);
    }

    @Test
    void theStudentsCancellationHoldsNothingToLoseSoACommandRunsAtOnce() {
        book();
        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");

        BotMessage reply = send(john, "/mentors");

        assertThat(reply.text()).doesNotStartWith("Leave");
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void stayingInTheMentorsCancellationShowsTheChoiceOfWhatBecomesOfTheTimeAgain() {
        book();
        press(mentor, "❌ Cancel this booking");
        send(mentor, "I am ill");
        BotMessage leave = send(mentor, "/myslots");
        assertThat(leave.text()).isEqualTo("Leave the cancellation? What you entered so far will be lost.");

        press(mentor, "Stay");

        BotMessage choice = mentor.chat().message(leave.messageId()).orElseThrow();
        assertThat(choice.text()).isEqualTo("What should happen to the time?");
        assertThat(choice.buttonTexts()).containsExactly("🟢 Free it for other students", "⛔ Block it", "Cancel");
        awaitHandled(mentor.press(choice, "⛔ Block it"));
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BLOCKED'", evening)).isOne();
    }

    @Test
    void anOldScreensButtonShowsTheMentorsReasonQuestionAgainOnThatMessage() {
        book();
        BotMessage notice = lastNotice(mentor);
        BotMessage greeting = mentor.chat().messages().get(0);
        press(mentor, "❌ Cancel this booking");

        pressData(mentor, greeting.messageId(), OLD_CANCEL);

        assertThat(mentor.chat().message(greeting.messageId()).orElseThrow().text())
                .startsWith("Cancel the session with John Smith on Sat 20 Mar 18:00?");
        assertThat(mentor.chat().message(notice.messageId()).orElseThrow().deleted()).isTrue();
        send(mentor, "I am ill");
        assertThat(mentor.chat().last().text()).isEqualTo("What should happen to the time?");
    }

    @Test
    void stayingWithATypedNoteShowsTheConfirmationWithTheNoteAgain() {
        pressData(john, johnsGreeting.messageId(), "v1:an:" + evening);
        send(john, "Spring Boot question");
        BotMessage leave = send(john, "/my");
        assertThat(leave.text()).isEqualTo("Leave the booking note? What you entered so far will be lost.");

        press(john, "Stay");

        BotMessage confirmation = john.chat().message(leave.messageId()).orElseThrow();
        assertThat(confirmation.text()).contains("Note: Spring Boot question");
        assertThat(confirmation.buttonTexts()).contains("✅ Confirm booking");
        long update = john.press(confirmation, "✅ Confirm booking");
        awaitHandled(update);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED' AND note = 'Spring Boot question'"))
                .isOne();
    }

    @Test
    void anOldScreensButtonShowsTheNoteQuestionAgainOnThatMessage() {
        BotMessage other = send(john, "/help");
        pressData(john, johnsGreeting.messageId(), "v1:an:" + evening);

        pressData(john, other.messageId(), OLD_CANCEL);

        assertThat(john.chat().message(other.messageId()).orElseThrow().text())
                .startsWith("What would you like to discuss?");
        assertThat(john.chat().message(johnsGreeting.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(send(john, "Spring Boot question").text()).contains("Note: Spring Boot question");
        assertThat(john.chat().message(other.messageId()).orElseThrow().deleted()).isTrue();
    }

    private void book() {
        pressData(john, johnsGreeting.messageId(), "v1:cb:" + evening);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        awaitOutboxDelivered(); // the mentor's notice and the session's calendar file after it
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
