package io.mentorbot.telegram.booking;

import java.time.Instant;
import java.util.List;

import io.mentorbot.sandbox.emulator.BotMessage;

import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The booking journey is one screen edited in place; the platform's clock stands at Monday 15 March 2027. */
class BookingScreenFlowTest extends BotFlowTest {

    private long mentorId;

    @BeforeEach
    void aMentorWithAPhotoAndAFreeSaturdayEvening() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend mentor', '{programming}', true)
                """).param(mentorId).update();
        send(mentor, "/profile");
        press(mentor, "🖼 Photo");
        awaitHandled(mentor.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, null));
        slotAt("2027-03-20T16:00:00Z");
    }

    @Test
    void fromMentorsToAConfirmedBookingTheStudentsChatHoldsAtMostThreeBotMessages() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/start");
        int before = john.chat().messages().size();
        int sentBefore = john.chat().allMessages().size();

        BotMessage screen = send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        assertThat(john.chat().last().photo()).isNotNull();
        assertThat(john.chat().last().messageId()).as("the list got the card's photo in place")
                .isEqualTo(screen.messageId());
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "✅ Confirm booking");

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        assertThat(john.chat().messages().size() - before).isLessThanOrEqualTo(3);
        assertThat(john.chat().allMessages().size() - sentBefore).as("sent, the replaced screen included")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void fromTheMenusBookButtonToAConfirmedBookingTheStudentsChatHoldsAtMostThreeBotMessages() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/start");
        int before = john.chat().messages().size();

        press(john, "📅 Book a consultation");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "✅ Confirm booking");

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        assertThat(john.chat().messages().size() - before).isLessThanOrEqualTo(3);
    }

    @Test
    void withANoteTheConfirmationFollowsTheNoteAndReplacesTheScreenThatAskedForIt() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        BotMessage screen = send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "📝 Add a note for the mentor");

        BotMessage confirm = send(john, "Spring Boot question");
        assertThat(confirm.text()).contains("Note: Spring Boot question");
        assertThat(john.chat().message(screen.messageId()).orElseThrow().deleted()).isTrue();
        press(john, "✅ Confirm booking");

        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED' AND note = 'Spring Boot question'"))
                .isOne();
        assertThat(john.chat().messages()).hasSize(2); // the confirmed screen and the calendar file
    }

    @Test
    void theConfirmedScreenKeepsOnlyWhatStillMakesSenseAndTheCalendarFileFollowsIt() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "✅ Confirm booking");

        List<BotMessage> seen = john.chat().messages();
        BotMessage screen = seen.get(seen.size() - 2);
        assertThat(screen.text()).startsWith("Booked! ✅").doesNotContain("calendar.google.com");
        assertThat(screen.photo()).isNotNull();
        assertThat(screen.buttonTexts()).containsExactly("📅 Add to Google Calendar", "🔁 Reschedule",
                "❌ Cancel booking", "🗂 My consultations");
        assertThat(screen.inlineKeyboard().get(0).get(0).url()).startsWith("https://calendar.google.com/");
        assertThat(john.chat().last().document()).isNotNull();

        press(john, "🗂 My consultations");
        assertThat(john.chat().last().text()).contains("Your consultations", "Iryna Koval");
    }

    @Test
    void theScreenMovesBetweenTheListAndThePhotoCardInPlace() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        assertThat(john.chat().last().photo()).isNotNull();
        assertThat(john.chat().last().text()).contains("Europe/Kyiv");

        press(john, "◀ Mentor's card");
        assertThat(john.chat().last().text()).startsWith("👤 Iryna Koval");
        press(john, "◀ All mentors");

        assertThat(john.chat().last().photo()).isNull();
        assertThat(john.chat().last().text()).contains("Iryna Koval: Backend mentor");
        assertThat(john.chat().messages()).hasSize(1);
    }

    @Test
    void aButtonOfACancelledBookingSaysItsScreenIsOutOfDateAndShowsTheConsultationsAsTheyAreNow() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "✅ Confirm booking");
        List<BotMessage> seen = john.chat().messages();
        BotMessage confirmation = seen.get(seen.size() - 2);
        press(john, "❌ Cancel booking");
        send(john, "Something came up");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();

        long update = john.press(confirmation, "🔁 Reschedule");
        awaitHandled(update);

        assertThat(john.chat().answerFor(update).orElseThrow().text())
                .isEqualTo("This screen is out of date: nothing was done.");
        assertThat(john.chat().last().text()).contains("Your consultations", "No upcoming consultations.");
        assertThat(john.chat().last().buttonTexts()).noneMatch(label -> label.startsWith("🔁"));
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CANCELLED'")).isOne();
    }

    @Test
    void reschedulingFromTheConfirmationIsOneNewScreenEditedInPlace() {
        slotAt("2027-03-20T17:00:00Z");
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/mentors");
        press(john, "All topics");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "20");
        press(john, "18:00");
        press(john, "✅ Confirm booking");
        int before = john.chat().messages().size();

        press(john, "🔁 Reschedule");
        BotMessage screen = john.chat().last();
        press(john, "20");
        press(john, "19:00");
        assertThat(john.chat().message(screen.messageId()).orElseThrow().text())
                .isEqualTo("Move from Sat 20 Mar 18:00 to Sat 20 Mar 19:00 (Europe/Kyiv)?");
        press(john, "✅ Move");

        BotMessage moved = john.chat().message(screen.messageId()).orElseThrow();
        assertThat(moved.text()).startsWith("Moved: your session from Sat 20 Mar 18:00 is now on Sat 20 Mar 19:00");
        assertThat(moved.inlineKeyboard()).isEmpty();
        awaitOutboxDelivered();
        assertThat(john.chat().messages().size() - before).as("the screen and the updated calendar file")
                .isLessThanOrEqualTo(2);
    }

    private void slotAt(String start) {
        Instant from = Instant.parse(start);
        jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .update();
    }
}
