package io.mentorbot.telegram.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.reminders.ReminderPlanner;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders before a session (24 h and 1 h by default): the student in Kyiv, the mentor in Warsaw.
 * Clock: Mon 15 Mar 2027, 12:00 in Kyiv; the session is Sat 20 Mar, 18:00 in Kyiv (17:00 in Warsaw).
 */
class ReminderFlowTest extends BotFlowTest {

    private static final Instant SESSION = Instant.parse("2027-03-20T16:00:00Z");

    @Autowired
    private ReminderPlanner reminders;
    @Autowired
    private BookingDesk bookings;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Scheduler scheduler;

    private SimulatedUser mentor;
    private SimulatedUser john;
    private long mentorId;
    private long evening;
    private long later;

    @BeforeEach
    void aMentorInWarsawWithTwoFreeTimesAndAStudentInKyiv() throws SchedulerException {
        SessionFixture.forgetPlannedJobs(scheduler); // booking ids restart with every test
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true, time_zone = 'Europe/Warsaw' WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        evening = SessionFixture.slot(jdbc, mentorId, SESSION);
        later = SessionFixture.slot(jdbc, mentorId, SESSION.plus(Duration.ofHours(1)));
        john = telegram.user(901, "John", "Smith", "johnny", "en");
    }

    @Test
    void bothSidesAreRemindedOnceEachInTheirOwnZone() {
        long booking = book();
        assertThat(jobsOf(booking)).isEqualTo(3); // 24 h, 1 h, follow-up
        int johnBefore = john.chat().messages().size();
        int mentorBefore = mentor.chat().messages().size();
        clock.setTo(SESSION.minus(Duration.ofHours(24)));

        assertThat(reminders.runNow(booking, "remind-1440")).isTrue();
        reminders.runNow(booking, "remind-1440");
        awaitOutboxDelivered();

        assertThat(john.chat().messages()).hasSize(johnBefore + 1);
        assertThat(mentor.chat().messages()).hasSize(mentorBefore + 1);
        BotMessage toJohn = john.chat().last();
        assertThat(toJohn.text()).isEqualTo(
                "⏰ Reminder: your session with Iryna Koval is in 24 hours, on Sat 20 Mar 18:00 (Europe/Kyiv).");
        assertThat(toJohn.buttonTexts()).containsExactly("✅ I'll be there", "🔁 Reschedule", "❌ Cancel");
        assertThat(mentor.chat().last().text()).isEqualTo(
                "⏰ Reminder: your session with John Smith is in 24 hours, on Sat 20 Mar 17:00 (Europe/Warsaw).");
        assertThat(press(john, "✅ I'll be there").text()).isEqualTo("Great, see you there!");
    }

    @Test
    void aJobFiringTwiceAtTheSameTimeSendsOnce() throws Exception {
        long booking = book();
        int johnBefore = john.chat().messages().size();
        int mentorBefore = mentor.chat().messages().size();
        clock.setTo(SESSION.minus(Duration.ofMinutes(59)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = twoInstances.submit(() -> { start.await(); return reminders.runNow(booking, "remind-60"); });
            Future<?> second = twoInstances.submit(() -> { start.await(); return reminders.runNow(booking, "remind-60"); });
            start.countDown();
            first.get();
            second.get();
        } finally {
            twoInstances.shutdown();
        }
        awaitOutboxDelivered();

        assertThat(john.chat().messages()).hasSize(johnBefore + 1);
        assertThat(mentor.chat().messages()).hasSize(mentorBefore + 1);
        assertThat(john.chat().last().text()).contains("is in 1 hour, on Sat 20 Mar 18:00 (Europe/Kyiv)");
        assertThat(count("SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND sent_at IS NOT NULL", booking))
                .isEqualTo(2);
    }

    @Test
    void quartzItselfFiresAReminderThatIsDue() {
        clock.followRealTime();
        send(john, "/start");
        long johnId = count("SELECT id FROM users WHERE telegram_id = 901");
        Instant soon = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1)).plusSeconds(3);
        long booking = SessionFixture.confirmedBooking(jdbc, SessionFixture.slot(jdbc, mentorId, soon), johnId);
        int before = john.chat().messages().size();

        reminders.plan(booking); // the 24 h reminder is already past: only the 1 h one (due in 3 s) and the follow-up

        assertThat(jobsOf(booking)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(15)).until(() -> john.chat().messages().size() > before);
        assertThat(john.chat().last().text()).startsWith("⏰ Reminder: your session with Iryna Koval is in 1 hour");
        await().atMost(Duration.ofSeconds(5)).until(() -> count(
                "SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND sent_at IS NOT NULL", booking) == 2);
        assertThat(john.chat().messages()).hasSize(before + 1);
    }

    @Test
    void cancellingTheBookingRemovesItsReminders() {
        long booking = book();
        BotMessage any = send(john, "/my");

        pressData(john, any.messageId(), "v1:xb:" + booking);
        send(john, "Something came up");

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
        assertThat(jobsOf(booking)).isZero();
        assertThat(reminders.runNow(booking, "remind-1440")).isFalse();
    }

    @Test
    void reschedulingMovesTheRemindersToTheNewTime() {
        long booking = book();
        BotMessage any = send(john, "/my");

        pressData(john, any.messageId(), "v1:rt:" + booking + ":" + later);

        Instant newStart = SESSION.plus(Duration.ofHours(1));
        assertThat(count("""
                SELECT (extract(epoch FROM due_at) * 1000)::bigint FROM session_notices
                 WHERE booking_id = ? AND name = 'remind-1440'""", booking))
                .isEqualTo(newStart.minus(Duration.ofHours(24)).toEpochMilli());
        clock.setTo(newStart.minus(Duration.ofHours(24)));
        reminders.runNow(booking, "remind-1440");
        awaitOutboxDelivered();
        assertThat(john.chat().last().text()).contains("in 24 hours, on Sat 20 Mar 19:00 (Europe/Kyiv)");
    }

    @Test
    void aSessionBookedLessThanALeadTimeAheadSkipsThatReminder() {
        clock.setTo(SESSION.minus(Duration.ofHours(4)));

        long booking = book();

        assertThat(count("SELECT count(*) FROM session_notices WHERE booking_id = ? AND name = 'remind-1440'", booking))
                .isZero();
        assertThat(jobsOf(booking)).isEqualTo(2);
    }

    @Test
    void aPausedStudentGetsNoReminderButTheMentorDoes() {
        long booking = book();
        send(john, "/stop");
        int johnBefore = john.chat().messages().size();
        int mentorBefore = mentor.chat().messages().size();
        clock.setTo(SESSION.minus(Duration.ofHours(1)));

        reminders.runNow(booking, "remind-60");
        awaitOutboxDelivered();

        assertThat(john.chat().messages()).hasSize(johnBefore);
        assertThat(mentor.chat().messages()).hasSize(mentorBefore + 1);
    }

    @Test
    void aBookingRolledBackLeavesNoReminders() {
        send(john, "/start");
        long johnId = count("SELECT id FROM users WHERE telegram_id = 901");

        long booking = new TransactionTemplate(transactions).execute(tx -> {
            long id = bookings.book(johnId, evening, null).booking().id();
            assertThat(jobsOf(id)).isEqualTo(3);
            tx.setRollbackOnly();
            return id;
        });

        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(jobsOf(booking)).isZero();
    }

    @Test
    void aStudentWhoBlockedTheBotIsMarkedUnreachableAndGetsNoMoreRemindersUntilTheyWriteAgain() {
        long booking = book();
        john.block();
        int mentorBefore = mentor.chat().messages().size();
        clock.setTo(SESSION.minus(Duration.ofHours(24)));

        reminders.runNow(booking, "remind-1440");
        awaitOutboxDelivered();

        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 901 AND unreachable_since IS NOT NULL")).isOne();
        assertThat(count("SELECT count(*) FROM telegram_outbox WHERE chat_id = 901 AND dropped_at IS NOT NULL")).isOne();
        long johnCalls = sendsTo(901);
        clock.setTo(SESSION.minus(Duration.ofHours(1)));

        reminders.runNow(booking, "remind-60");
        awaitOutboxDelivered();

        assertThat(sendsTo(901)).isEqualTo(johnCalls); // not even tried
        assertThat(mentor.chat().messages()).hasSize(mentorBefore + 2);
        assertThat(count("SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND sent_at IS NOT NULL", booking))
                .isEqualTo(4);

        john.unblock();
        send(john, "/start");
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 901 AND unreachable_since IS NULL")).isOne();
    }

    private long sendsTo(long chatId) {
        return telegram.calls().stream().filter(c -> c.method().equals("sendmessage"))
                .filter(c -> String.valueOf(chatId).equals(String.valueOf(c.params().get("chat_id")))).count();
    }

    private long book() {
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + evening);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        return count("SELECT id FROM bookings");
    }

    private long jobsOf(long booking) {
        return count("SELECT count(*) FROM session_notices WHERE booking_id = ?", booking);
    }
}
