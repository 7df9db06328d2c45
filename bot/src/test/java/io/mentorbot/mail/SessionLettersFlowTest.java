package io.mentorbot.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.reminders.ReminderPlanner;
import io.mentorbot.reviews.SessionOutcomes;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People who signed in with Google (no Telegram chat) and have a verified address get the session's reminders, the
 * mentor's "did it take place?" and the student's review request by e-mail, with a link to the booking in the web
 * app; people with Telegram get them in the chat only. Clock: Mon 15 Mar 2027, 12:00 in Kyiv; the session is
 * Sat 20 Mar, 16:00 UTC (18:00 in Kyiv).
 */
class SessionLettersFlowTest extends BotFlowTest {

    private static final Instant SESSION = Instant.parse("2027-03-20T16:00:00Z");

    @Autowired
    private AccountDesk accounts;
    @Autowired
    private BookingDesk bookings;
    @Autowired
    private ReminderPlanner reminders;
    @Autowired
    private SessionOutcomes outcomes;
    @Autowired
    private Scheduler scheduler;

    @BeforeEach
    void aFreshMailbox() throws SchedulerException {
        scheduler.deleteJobs(new ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupStartsWith("booking-"))));
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
    }

    @Test
    void aGoogleOnlyStudentGetsTheReminderOnceAndTheReviewRequestByEmail() {
        SimulatedUser iryna = telegram.user(1301, "Iryna", "Koval", "iryna", "en");
        long mentorId = mentor(iryna);
        verifiedAddress(mentorId, "iryna@example.com"); // she has Telegram: no letters for her
        Account marta = accounts.registerWithoutTelegram("Marta", "Bondar", "en", "marta@example.com");
        long booking = book(marta.id(), slot(mentorId));
        awaitOutboxDelivered();
        int irynaBefore = iryna.chat().messages().size();
        clock.setTo(SESSION.minus(Duration.ofHours(24)));

        assertThat(reminders.runNow(booking, "remind-1440")).isTrue();
        reminders.runNow(booking, "remind-1440");

        MimeMessage letter = TestMail.awaitLetter("marta@example.com", "Reminder:");
        assertThat(TestMail.subject(letter))
                .isEqualTo("Reminder: your session with Iryna Koval, Saturday, 20 March 2027, 18:00");
        assertThat(TestMail.text(letter)).startsWith("Hello Marta,").contains(
                "your mentoring session with Iryna Koval is in 24 hours: Saturday, 20 March 2027, 18:00 (Europe/Kyiv)",
                "/bookings/" + booking);
        awaitOutboxDelivered();
        assertThat(iryna.chat().messages()).hasSize(irynaBefore + 1);
        assertThat(iryna.chat().last().text()).startsWith("⏰ Reminder: your session with Marta Bondar");
        assertThat(count("SELECT count(*) FROM reminders_sent WHERE booking_id = ? AND sent_at IS NOT NULL", booking))
                .isEqualTo(2);
        awaitNoOutstandingLetters();
        assertThat(TestMail.lettersTo("marta@example.com")).extracting(TestMail::subject)
                .filteredOn(subject -> subject.startsWith("Reminder:")).hasSize(1);
        assertThat(TestMail.lettersTo("iryna@example.com")).isEmpty();

        clock.setTo(SESSION.plus(Duration.ofMinutes(75)));
        outcomes.decide(booking, mentorId, true);

        MimeMessage review = TestMail.awaitLetter("marta@example.com", "How was your session");
        assertThat(TestMail.subject(review)).isEqualTo("How was your session with Iryna Koval?");
        assertThat(TestMail.text(review)).contains("Rate it from 1 to 5 stars here:", "/bookings/" + booking);
    }

    @Test
    void aGoogleOnlyMentorIsAskedByEmailWhetherTheSessionTookPlace() {
        Account olena = accounts.registerWithoutTelegram("Олена", "Ткач", "uk", "olena@example.com");
        long mentorId = olena.id();
        accounts.makeMentor(mentorId, true);
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Design', '{design}', true)")
                .param(mentorId).update();
        SimulatedUser john = telegram.user(1302, "John", "Smith", "johnny", "en");
        send(john, "/start");
        long johnId = count("SELECT id FROM users WHERE telegram_id = 1302");
        verifiedAddress(johnId, "john@example.com"); // he has Telegram: no letters for him
        long booking = book(johnId, slot(mentorId));
        clock.setTo(SESSION.plus(Duration.ofMinutes(75)));

        assertThat(reminders.runNow(booking, "follow-up")).isTrue();

        MimeMessage letter = TestMail.awaitLetter("olena@example.com", "Чи відбулася");
        assertThat(TestMail.text(letter)).startsWith("Вітаємо, Олена!").contains("John Smith", "(Europe/Kyiv)",
                "/bookings/" + booking);
        outcomes.decide(booking, mentorId, true);
        awaitOutboxDelivered();
        assertThat(john.chat().last().text()).startsWith("How was your session with Олена Ткач");
        awaitNoOutstandingLetters();
        assertThat(TestMail.lettersTo("john@example.com")).extracting(TestMail::subject) // only his booking's
                .allMatch(subject -> subject.startsWith("Confirmed:"));
        // She has no chat: the booking's news came by letter too (the two letters go out independently).
        assertThat(TestMail.lettersTo("olena@example.com")).extracting(TestMail::subject)
                .containsExactlyInAnyOrder("Нове бронювання: John Smith, субота, 20 березня 2027, 18:00",
                        "Чи відбулася ваша сесія з John Smith (субота, 20 березня 2027, 18:00)?");
    }

    private long mentor(SimulatedUser user) {
        send(user, "/start");
        long id = count("SELECT id FROM users WHERE telegram_id = ?", user.id());
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(id).update();
        return id;
    }

    private long slot(long mentorId) {
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(SESSION), Timestamp.from(SESSION.plusSeconds(3600)))
                .query(Long.class).single();
    }

    private long book(long studentId, long slotId) {
        var outcome = bookings.book(studentId, slotId, null);
        assertThat(outcome.booked()).isTrue();
        return outcome.booking().id();
    }

    private void verifiedAddress(long accountId, String address) {
        accounts.verifyEmail(accountId, address);
    }

    private void awaitNoOutstandingLetters() {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%SessionLetters%'") == 0);
    }
}
