package io.mentorbot.telegram.followup;

import java.time.Instant;

import io.mentorbot.reminders.ReminderPlanner;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** After a session (Sat 20 Mar 2027, 18:00–19:00 in Kyiv): did it take place, then the student's review. */
class ReviewFlowTest extends BotFlowTest {

    private static final Instant SESSION = Instant.parse("2027-03-20T16:00:00Z");
    private static final Instant AFTER = Instant.parse("2027-03-20T17:20:00Z");

    @Autowired
    private ReminderPlanner reminders;
    @Autowired
    private Scheduler scheduler;

    private SimulatedUser mentor;
    private SimulatedUser john;
    private long mentorId;
    private long booking;

    @BeforeEach
    void aConfirmedSessionThatHasJustEnded() throws SchedulerException {
        SessionFixture.forgetPlannedJobs(scheduler);
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        long slot = SessionFixture.slot(jdbc, mentorId, SESSION);
        john = telegram.user(901, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        booking = count("SELECT id FROM bookings WHERE status = 'CONFIRMED'");
        clock.setTo(AFTER);
    }

    @Test
    void theMentorConfirmsTheSessionAndTheStudentRatesAndComments() {
        reminders.runNow(booking, "follow-up");
        awaitOutboxDelivered();
        assertThat(mentor.chat().last().text()).isEqualTo("Did your session with John Smith on Sat 20 Mar 18:00 (Europe/Kyiv) take place?");

        press(mentor, "✅ Yes, it took place");

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'COMPLETED' AND completed_at IS NOT NULL")).isOne();
        assertThat(john.chat().last().text()).isEqualTo("How was your session with Iryna Koval on Sat 20 Mar 18:00? Rate it from 1 to 5 stars:");
        press(john, "4★");
        assertThat(john.chat().last().text()).startsWith("Thank you! ★★★★☆");
        assertThat(mentor.chat().last().text()).isEqualTo("⭐ New review from John: ★★★★☆");
        assertThat(send(john, "Clear and very helpful").text())
                .isEqualTo("Thank you for your review! ★★★★☆\n“Clear and very helpful”");
        assertThat(mentor.chat().last().text()).isEqualTo("💬 John commented on their review (★★★★☆): Clear and very helpful");
        assertThat(count("SELECT rating_count FROM mentor_profiles WHERE user_id = ?", mentorId)).isOne();

        BotMessage any = send(john, "/help");
        pressData(john, any.messageId(), "v1:om:" + mentorId);
        assertThat(john.chat().last().text()).contains("★ 4.0 (1 review)");
        press(john, "⭐ Reviews (1)");
        assertThat(john.chat().last().text()).contains("Reviews of Iryna Koval: ★ 4.0 (1 review)",
                "★★★★☆ — John, Sat 20 Mar", "Clear and very helpful");
        send(john, "/mentors");
        press(john, "All topics");
        assertThat(john.chat().last().text()).contains("Iryna Koval: Backend · free / 60 min · ★ 4.0 (1)");
    }

    @Test
    void theCommentCanBeSkippedAndASecondReviewIsRefused() {
        complete();
        press(john, "5★");

        press(john, "Skip");
        CallbackAnswer again = pressData(john, john.chat().last().messageId(), "v1:rate:" + booking + ":1");

        assertThat(john.chat().last().text()).isEqualTo("You have reviewed this session already: ★★★★★");
        assertThat(john.chat().last().inlineKeyboard()).isEmpty();
        assertThat(again.text()).isEqualTo("This screen is out of date: nothing was done.");
        assertThat(count("SELECT count(*) FROM reviews WHERE booking_id = ? AND stars = 5 AND comment IS NULL", booking)).isOne();
        assertThat(count("SELECT rating_count FROM mentor_profiles WHERE user_id = ?", mentorId)).isOne();
        assertThat(count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void nobodyCanReviewSomeoneElsesSession() {
        complete();
        SimulatedUser mallory = user(907, "Mallory", "en");
        BotMessage own = send(mallory, "/start");

        CallbackAnswer forged = pressData(mallory, own.messageId(), "v1:rate:" + booking + ":1");

        assertThat(forged.text()).isEqualTo("You can only review your own completed sessions.");
        assertThat(count("SELECT count(*) FROM reviews")).isZero();
    }

    @Test
    void aNoShowIsRecordedAndCannotBeReviewed() {
        reminders.runNow(booking, "follow-up");
        awaitOutboxDelivered();

        press(mentor, "🚫 The student did not come");
        CallbackAnswer twice = pressData(mentor, mentor.chat().last().messageId(), "v1:held:" + booking + ":y");
        CallbackAnswer review = pressData(john, john.chat().last().messageId(), "v1:rate:" + booking + ":5");

        assertThat(mentor.chat().last().text()).isEqualTo("Noted: the student did not come.");
        assertThat(twice.text()).isEqualTo("This session has been marked already.");
        assertThat(review.text()).isEqualTo("You can only review your own completed sessions.");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'NO_SHOW'")).isOne();
    }

    @Test
    void theMentorRepliesToAReviewOnce() {
        complete();
        press(john, "3★");
        press(john, "Skip");

        press(mentor, "↩ Reply");
        send(mentor, "Thanks, see you next time!");
        long review = count("SELECT id FROM reviews");
        CallbackAnswer again = pressData(mentor, mentor.chat().last().messageId(), "v1:rvr:" + review);

        assertThat(mentor.chat().last().text())
                .isEqualTo("Your reply is published.\n\n★★★☆☆ — John\n↪ Thanks, see you next time!");
        assertThat(john.chat().last().text()).isEqualTo("💬 Iryna Koval replied to your review: Thanks, see you next time!");
        assertThat(again.text()).isEqualTo("This review has been answered already.");
    }

    @Test
    void aReviewWithACommentLeavesOneMessageThatKeepsTheStarsAndTheComment() {
        complete();
        BotMessage request = john.chat().last();
        int before = john.chat().allMessages().size();

        press(john, "4★");
        assertThat(john.chat().last().messageId()).as("the request becomes the question").isEqualTo(request.messageId());
        BotMessage thanks = send(john, "Clear and very helpful");

        assertThat(thanks.text()).isEqualTo("Thank you for your review! ★★★★☆\n“Clear and very helpful”");
        assertThat(thanks.inlineKeyboard()).isEmpty();
        assertThat(john.chat().message(request.messageId()).orElseThrow().deleted()).isTrue();
        assertThat(john.chat().allMessages()).as("only the thanks is new").hasSize(before + 1);
    }

    @Test
    void skippingTheCommentKeepsTheStarsOnTheSameMessage() {
        complete();
        BotMessage request = john.chat().last();
        press(john, "2★");

        press(john, "Skip");

        BotMessage answered = john.chat().message(request.messageId()).orElseThrow();
        assertThat(answered.text()).isEqualTo("Thank you for your review! ★★☆☆☆");
        assertThat(answered.inlineKeyboard()).isEmpty();
    }

    @Test
    void anAnsweredFollowUpQuestionLosesItsButtonsAndAnOldOneSaysItIsDecided() {
        reminders.runNow(booking, "follow-up");
        awaitOutboxDelivered();
        BotMessage question = mentor.chat().last();

        press(mentor, "✅ Yes, it took place");
        CallbackAnswer again = pressData(mentor, question.messageId(), "v1:held:" + booking + ":n");

        BotMessage answered = mentor.chat().message(question.messageId()).orElseThrow();
        assertThat(answered.text()).startsWith("Thank you: the session is marked as completed.");
        assertThat(answered.inlineKeyboard()).isEmpty();
        assertThat(again.text()).isEqualTo("This session has been marked already.");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'COMPLETED'")).isOne();
    }

    @Test
    void aCommandTypedBeforeTheCommentAsksBeforeLeavingAndStayAsksForTheCommentAgain() {
        complete();
        BotMessage request = john.chat().last();
        press(john, "4★");

        BotMessage question = send(john, "/my");
        assertThat(question.text()).isEqualTo("Leave your review? What you entered so far will be lost.");
        press(john, "Stay");

        BotMessage step = john.chat().message(question.messageId()).orElseThrow();
        assertThat(step.text()).startsWith("Thank you! ★★★★☆\nWould you like to add a few words");
        assertThat(step.buttonTexts()).containsExactly("Skip");
        assertThat(john.chat().message(request.messageId()).orElseThrow().deleted())
                .as("the earlier question gives way to the one shown again").isTrue();
        assertThat(send(john, "Great").text()).startsWith("Thank you for your review! ★★★★☆");
        assertThat(john.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void theMentorsReplyIsAskedOnTheNoticeAndACommandTypedMeanwhileAsksFirst() {
        complete();
        press(john, "5★");
        press(john, "Skip");
        BotMessage notice = mentor.chat().last();

        press(mentor, "↩ Reply");
        assertThat(mentor.chat().last().messageId()).isEqualTo(notice.messageId());
        assertThat(mentor.chat().last().text()).isEqualTo("Type your reply to John's review (you can reply once):");
        BotMessage question = send(mentor, "/my");
        assertThat(question.text()).isEqualTo("Leave your reply to the review? What you entered so far will be lost.");
        press(mentor, "Stay");

        assertThat(mentor.chat().message(question.messageId()).orElseThrow().text())
                .isEqualTo("Type your reply to John's review (you can reply once):");
        send(mentor, "Thank you!");
        assertThat(mentor.chat().last().text()).startsWith("Your reply is published.");
        assertThat(mentor.chat().message(question.messageId()).orElseThrow().deleted()).isTrue();
    }

    private void complete() {
        reminders.runNow(booking, "follow-up");
        awaitOutboxDelivered();
        press(mentor, "✅ Yes, it took place");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'COMPLETED'")).isOne();
    }
}
