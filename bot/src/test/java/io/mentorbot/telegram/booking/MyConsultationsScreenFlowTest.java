package io.mentorbot.telegram.booking;

import java.time.Instant;
import java.util.List;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /my} is one screen: cancelling, rescheduling and a mentor's cancel edit it in place, and the chat keeps only
 * the result. Clock: Mon 15 Mar 2027; John has booked Iryna's Saturday evening.
 */
class MyConsultationsScreenFlowTest extends BotFlowTest {

    private SimulatedUser mentor;
    private SimulatedUser john;
    private long mentorId;

    @BeforeEach
    void johnHasBookedIrynasSaturdayEvening() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        long evening = slotAt("2027-03-20T16:00:00Z");
        slotAt("2027-03-20T17:00:00Z");
        john = telegram.user(901, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + evening);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        awaitOutboxDelivered(); // the mentor's notice and the session's calendar file after it
    }

    @Test
    void cancellingFromMyTurnsTheListIntoTheQuestionAndLeavesOnlyTheResultAndTheCalendarFile() {
        BotMessage list = send(john, "/my");
        int shown = john.chat().messages().size();
        int sent = john.chat().allMessages().size();

        press(john, "❌ Cancel Sat 20 Mar 18:00");
        BotMessage question = john.chat().message(list.messageId()).orElseThrow();
        assertThat(question.text()).isEqualTo("Cancel your session with Iryna Koval on Sat 20 Mar 18:00"
                + " (Europe/Kyiv)? Send a short reason; the mentor will see it.");
        assertThat(question.buttonTexts()).containsExactly("◀ My consultations");
        assertThat(john.chat().messages()).hasSize(shown);
        send(john, "I caught a cold.");
        awaitOutboxDelivered();

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
        assertThat(john.chat().message(list.messageId()).orElseThrow().deleted()).as("the question is removed").isTrue();
        List<BotMessage> seen = john.chat().messages();
        BotMessage result = seen.get(seen.size() - 2);
        assertThat(result.text()).startsWith("Cancelled: your session with Iryna Koval on Sat 20 Mar 18:00");
        assertThat(result.buttonTexts()).containsExactly("🗂 My consultations");
        assertThat(john.chat().last().document()).as("the cancelled calendar file").isNotNull();
        assertThat(john.chat().allMessages().size() - sent).as("sent after the list: the result and the file")
                .isEqualTo(2);
        assertThat(john.chat().messages().size() - shown).as("in the chat: the list gave way to the result")
                .isEqualTo(1);
    }

    @Test
    void theResultsMyConsultationsShowsTheListInItsPlace() {
        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");
        send(john, "I caught a cold.");
        awaitOutboxDelivered();
        List<BotMessage> seen = john.chat().messages();
        BotMessage result = seen.get(seen.size() - 2);

        press(john, "🗂 My consultations");

        assertThat(john.chat().message(result.messageId()).orElseThrow().text())
                .contains("Your consultations", "Cancelled:\n• Sat 20 Mar 18:00 — Iryna Koval (cancelled)");
        assertThat(john.chat().messages()).hasSize(seen.size());
    }

    @Test
    void backFromTheReasonQuestionShowsTheListInPlaceAndCancelsNothing() {
        BotMessage list = send(john, "/my");
        int shown = john.chat().messages().size();
        press(john, "❌ Cancel Sat 20 Mar 18:00");

        press(john, "◀ My consultations");

        BotMessage again = john.chat().message(list.messageId()).orElseThrow();
        assertThat(again.text()).contains("Your consultations", "Sat 20 Mar 18:00 — Iryna Koval (confirmed)");
        assertThat(again.buttonTexts()).contains("❌ Cancel Sat 20 Mar 18:00");
        assertThat(john.chat().messages()).hasSize(shown);
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void reschedulingFromMyEditsTheListUntilMovedAndOnlyTheCalendarFileIsNew() {
        BotMessage list = send(john, "/my");
        int sent = john.chat().allMessages().size();

        press(john, "🔁 Reschedule Sat 20 Mar 18:00");
        assertThat(john.chat().message(list.messageId()).orElseThrow().text())
                .startsWith("Your session with Iryna Koval is on Sat 20 Mar 18:00");
        press(john, "20");
        press(john, "19:00");
        press(john, "✅ Move");
        awaitOutboxDelivered();

        assertThat(john.chat().message(list.messageId()).orElseThrow().text())
                .isEqualTo("Moved: your session from Sat 20 Mar 18:00 is now on Sat 20 Mar 19:00 (Europe/Kyiv).");
        assertThat(john.chat().allMessages().size() - sent).as("only the updated calendar file").isEqualTo(1);
        assertThat(john.chat().last().document()).isNotNull();
    }

    @Test
    void theRescheduleCalendarLeadsBackToTheListInPlace() {
        BotMessage list = send(john, "/my");
        int shown = john.chat().messages().size();
        press(john, "🔁 Reschedule Sat 20 Mar 18:00");

        press(john, "◀ My consultations");

        assertThat(john.chat().message(list.messageId()).orElseThrow().text())
                .contains("Your consultations", "Sat 20 Mar 18:00 — Iryna Koval (confirmed)");
        assertThat(john.chat().messages()).hasSize(shown);
    }

    @Test
    void aMentorCancelsFromTheNoticeWhichBecomesTheQuestionAndOnlyTheResultIsLeft() {
        BotMessage notice = lastNotice(mentor);
        int shown = mentor.chat().messages().size();
        int sent = mentor.chat().allMessages().size();

        press(mentor, "❌ Cancel this booking");
        BotMessage question = mentor.chat().message(notice.messageId()).orElseThrow();
        assertThat(question.text()).startsWith("Cancel the session with John Smith on Sat 20 Mar 18:00?");
        assertThat(question.buttonTexts()).containsExactly("◀ My consultations");
        send(mentor, "I am ill");
        assertThat(mentor.chat().message(notice.messageId()).orElseThrow().deleted()).isTrue();
        press(mentor, "🟢 Free it for other students");

        awaitOutboxDelivered();
        BotMessage result = lastNotice(mentor);
        assertThat(result.text()).isEqualTo("Cancelled: John Smith has been told.");
        assertThat(result.buttonTexts()).containsExactly("🗂 My consultations");
        assertThat(mentor.chat().allMessages().size() - sent)
                .as("the choice, which became the result, and the cancelled session's calendar file").isEqualTo(2);
        assertThat(mentor.chat().messages()).as("the notice gave way to the result; the file came").hasSize(shown + 1);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
    }

    @Test
    void aMentorCancelsFromMyInPlace() {
        BotMessage list = send(mentor, "/my");

        press(mentor, "❌ Cancel Sat 20 Mar 18:00 with John Smith");

        assertThat(mentor.chat().message(list.messageId()).orElseThrow().text())
                .startsWith("Cancel the session with John Smith on Sat 20 Mar 18:00?");
        assertThat(mentor.chat().last().messageId()).isEqualTo(list.messageId());
    }

    @Test
    void theCancelOfANoticeWhoseSessionIsCancelledSaysItIsOutOfDateAndTheNoticeLosesItsButtons() {
        BotMessage notice = lastNotice(mentor);
        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");
        send(john, "I caught a cold.");

        long update = mentor.press(notice, "❌ Cancel this booking");
        awaitHandled(update);

        CallbackAnswer answer = mentor.chat().answerFor(update).orElseThrow();
        assertThat(answer.text()).isEqualTo("This screen is out of date: nothing was done.");
        BotMessage now = mentor.chat().message(notice.messageId()).orElseThrow();
        assertThat(now.text()).startsWith("New booking");
        assertThat(now.inlineKeyboard()).isEmpty();
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
