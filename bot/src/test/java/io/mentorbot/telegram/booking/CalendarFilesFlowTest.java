package io.mentorbot.telegram.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both sides' calendars stay in step with a booking: the student and the mentor each get the session's calendar file
 * when it is confirmed, and again, as one captioned file message each, when it moves or is cancelled, whoever did it.
 * The platform's clock stands at Monday 15 March 2027.
 */
class CalendarFilesFlowTest extends BotFlowTest {

    @Autowired
    BookingDesk desk;
    @Autowired
    AccountDesk accounts;

    private SimulatedUser mentor;
    private SimulatedUser john;
    private long mentorId;
    private long johnId;
    private long evening;
    private long later;

    @BeforeEach
    void aMentorWithTwoFreeTimesAndAStudent() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        evening = slotAt("2027-03-20T16:00:00Z");
        later = slotAt("2027-03-20T17:00:00Z");
        john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/start");
        johnId = count("SELECT id FROM users WHERE telegram_id = 901");
    }

    @Test
    void aConfirmedBookingGivesTheMentorTheSessionsFileNamingTheStudentWithTheNote() {
        int before = mentor.chat().messages().size();

        desk.book(johnId, evening, "Spring Boot question");
        awaitOutboxDelivered();

        List<BotMessage> seen = mentor.chat().messages();
        assertThat(seen.size() - before).as("the notice and one file").isEqualTo(2);
        assertThat(seen.get(seen.size() - 2).text()).startsWith("New booking 🎉 John Smith (@johnny)")
                .doesNotContain("Google Calendar");
        BotMessage file = seen.get(seen.size() - 1);
        assertThat(file.text()).isEqualTo(
                "📅 Consultation with John Smith: open this file to add the session to your calendar.");
        assertThat(file.document().fileName()).isEqualTo("mentoring-session.ics");
        Map<String, String> event = Ics.read(file);
        assertThat(event).containsEntry("METHOD", "PUBLISH").containsEntry("SEQUENCE", "0")
                .containsEntry("STATUS", "CONFIRMED").containsEntry("DTSTART", "20270320T160000Z")
                .containsEntry("DTEND", "20270320T170000Z").containsEntry("SUMMARY", "Consultation with John Smith")
                .containsEntry("DTSTAMP", "20270315T100000Z");
        assertThat(event.get("DESCRIPTION")).contains("Spring Boot question");
    }

    @Test
    void bothSidesFilesOfABookingDescribeTheSameEventEachForItsReader() {
        BotMessage start = john.chat().last();

        pressData(john, start.messageId(), "v1:cb:" + evening);

        Map<String, String> students = Ics.read(lastFile(john));
        Map<String, String> mentors = Ics.read(lastFile(mentor));
        assertThat(mentors.get("UID")).isEqualTo(students.get("UID")).isNotBlank();
        assertThat(mentors.get("SEQUENCE")).isEqualTo(students.get("SEQUENCE"));
        assertThat(mentors.get("DTSTART")).isEqualTo(students.get("DTSTART"));
        assertThat(students.get("SUMMARY")).isEqualTo("Mentoring session with Iryna Koval");
        assertThat(mentors.get("SUMMARY")).isEqualTo("Consultation with John Smith");
    }

    @Test
    void aRescheduleGivesBothSidesAnUpdateWithTheSameUidAHigherSequenceAndTheNewTime() {
        long booking = bookThroughTheChat();
        Map<String, String> studentsFirst = Ics.read(lastFile(john));
        Map<String, String> mentorsFirst = Ics.read(lastFile(mentor));
        int studentBefore = john.chat().messages().size();
        int mentorBefore = mentor.chat().messages().size();

        desk.reschedule(booking, johnId, later);
        awaitOutboxDelivered();

        for (SimulatedUser side : List.of(john, mentor)) {
            BotMessage update = side.chat().last();
            assertThat(update.text()).as(side.firstName())
                    .isEqualTo("The session has moved: open this file and your calendar shows the new time.");
            Map<String, String> moved = Ics.read(update);
            Map<String, String> first = side == john ? studentsFirst : mentorsFirst;
            assertThat(moved.get("UID")).as(side.firstName()).isEqualTo(first.get("UID"));
            assertThat(Integer.parseInt(moved.get("SEQUENCE"))).as(side.firstName())
                    .isGreaterThan(Integer.parseInt(first.get("SEQUENCE")));
            assertThat(moved).containsEntry("METHOD", "PUBLISH").containsEntry("STATUS", "CONFIRMED")
                    .containsEntry("DTSTART", "20270320T170000Z").containsEntry("DTEND", "20270320T180000Z");
        }
        assertThat(mentor.chat().messages().size() - mentorBefore).as("the notice and one file").isEqualTo(2);
        assertThat(john.chat().messages().size() - studentBefore).as("one file").isEqualTo(1);
    }

    @Test
    void aCancelByTheStudentGivesBothSidesACancellationOfTheSameEvent() {
        long booking = bookThroughTheChat();
        String uid = Ics.read(lastFile(john)).get("UID");

        desk.cancelByStudent(booking, johnId, "I caught a cold");
        awaitOutboxDelivered();

        assertCancelledForBothSides(uid);
        assertThat(beforeLast(mentor).text()).startsWith("A student cancelled");
    }

    @Test
    void aCancelByTheMentorGivesBothSidesACancellationOfTheSameEvent() {
        long booking = bookThroughTheChat();
        String uid = Ics.read(lastFile(mentor)).get("UID");

        desk.cancelByMentor(booking, mentorId, "I am ill", false);
        awaitOutboxDelivered();

        assertCancelledForBothSides(uid);
        assertThat(beforeLast(john).text()).startsWith("Your mentor Iryna Koval cancelled the session");
    }

    @Test
    void aStudentWhoErasesTheirAccountLeavesTheMentorACancellationThatNamesNobody() {
        long booking = bookThroughTheChat();
        String uid = Ics.read(lastFile(mentor)).get("UID");

        accounts.erase(johnId);
        awaitOutboxDelivered();

        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CANCELLED'", booking)).isOne();
        BotMessage cancellation = mentor.chat().last();
        assertThat(Ics.read(cancellation)).containsEntry("UID", uid).containsEntry("METHOD", "CANCEL")
                .containsEntry("SUMMARY", "Mentoring session");
        assertThat(new String(cancellation.document().bytes(), StandardCharsets.UTF_8)).doesNotContain("John");
        assertThat(beforeLast(mentor).text()).contains("the student has deleted their account");
    }

    private void assertCancelledForBothSides(String uid) {
        for (SimulatedUser side : List.of(john, mentor)) {
            BotMessage cancellation = side.chat().last();
            assertThat(cancellation.text()).as(side.firstName())
                    .isEqualTo("The session is cancelled: open this file and your calendar removes it.");
            assertThat(Ics.read(cancellation)).as(side.firstName()).containsEntry("UID", uid)
                    .containsEntry("METHOD", "CANCEL").containsEntry("STATUS", "CANCELLED")
                    .containsEntry("SEQUENCE", "1").containsEntry("DTSTART", "20270320T160000Z");
        }
    }

    /** John books the evening from his /start screen; returns the booking. */
    private long bookThroughTheChat() {
        pressData(john, john.chat().last().messageId(), "v1:cb:" + evening);
        return count("SELECT id FROM bookings WHERE status = 'CONFIRMED'");
    }

    private static BotMessage lastFile(SimulatedUser user) {
        List<BotMessage> seen = user.chat().messages();
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).document() != null) {
                return seen.get(i);
            }
        }
        throw new AssertionError("No file in the chat of " + user.firstName());
    }

    private static BotMessage beforeLast(SimulatedUser user) {
        List<BotMessage> seen = user.chat().messages();
        return seen.get(seen.size() - 2);
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }

    /** Reads an iCalendar file as RFC 5545 lays it out, failing on what a calendar would reject. */
    static final class Ics {

        private Ics() {
        }

        /** The file's properties (the calendar's and its one event's) by name, long lines unfolded. */
        static Map<String, String> read(BotMessage message) {
            assertThat(message.document()).as("a file").isNotNull();
            String text = new String(message.document().bytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            Map<String, String> properties = new LinkedHashMap<>();
            List<String> open = new java.util.ArrayList<>();
            for (String line : text.substring(0, text.length() - 2).replace("\r\n ", "").split("\r\n", -1)) {
                int colon = line.indexOf(':');
                assertThat(colon).as("a property line: " + line).isPositive();
                String name = line.substring(0, colon);
                String value = line.substring(colon + 1);
                if (name.equals("BEGIN")) {
                    open.add(value);
                } else if (name.equals("END")) {
                    assertThat(open).as("components close in order").isNotEmpty().last().isEqualTo(value);
                    open.remove(open.size() - 1);
                } else {
                    assertThat(properties).as("one " + name).doesNotContainKey(name);
                    properties.put(name, value);
                }
            }
            assertThat(open).as("every component closed").isEmpty();
            for (String physical : text.split("\r\n")) {
                assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as("folded at 75 octets: " + physical)
                        .isLessThanOrEqualTo(75);
            }
            assertThat(text.replace("\r\n", "")).as("no bare line breaks").doesNotContain("\n", "\r");
            assertThat(properties).containsKeys("VERSION", "PRODID", "UID", "DTSTAMP", "DTSTART", "DTEND",
                    "SEQUENCE", "SUMMARY");
            return properties;
        }
    }
}
