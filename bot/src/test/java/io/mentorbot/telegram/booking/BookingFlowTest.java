package io.mentorbot.telegram.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student in Kyiv books a mentor; the platform's clock stands at Monday 15 March 2027, 12:00 in Kyiv. */
class BookingFlowTest extends BotFlowTest {

    private SimulatedUser mentor;
    private long mentorId;
    private long slot;

    @BeforeEach
    void aMentorWithAFreeSaturdayEvening() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        mentor = telegram.user(801, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        mentorId = count("SELECT id FROM users WHERE telegram_id = 801");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend mentor', '{programming}', true)
                """).param(mentorId).update();
        slot = slotAt("2027-03-20T16:00:00Z");
        slotAt("2027-03-20T17:00:00Z");
    }

    @Test
    void aStudentFindsAMentorPicksATimeAndBooksIt() {
        SimulatedUser john = telegram.user(901, "John", "Smith", "johnny", "en");
        send(john, "/start");

        press(john, "📅 Book a consultation");
        press(john, "All topics");
        assertThat(john.chat().last().text()).contains("Iryna Koval: Backend mentor · free / 60 min",
                "next free: Sat 20 Mar 18:00");
        press(john, "1. Iryna Koval");
        assertThat(john.chat().last().text()).contains("👤 Iryna Koval (@iryna)", "Share this mentor: https://t.me/");
        press(john, "📅 Choose a time");
        press(john, "20");
        assertThat(john.chat().last().buttonTexts()).contains("18:00", "19:00");
        press(john, "18:00");
        press(john, "📝 Add a note for the mentor");
        BotMessage confirm = send(john, "Spring Boot question");
        assertThat(confirm.text()).contains("Mentor: Iryna Koval", "Date: Sat 20 Mar", "Time: 18:00–19:00 (Europe/Kyiv)",
                "Price: free", "Note: Spring Boot question");

        press(john, "✅ Confirm booking");

        List<BotMessage> seen = john.chat().messages();
        BotMessage confirmation = seen.get(seen.size() - 2);
        assertThat(confirmation.text()).contains("Booked! ✅", "Iryna Koval", "Sat 20 Mar 18:00–19:00");
        assertThat(confirmation.inlineKeyboard()).flatMap(row -> row).anySatisfy(button -> {
            assertThat(button.text()).isEqualTo("📅 Add to Google Calendar");
            assertThat(button.url()).contains("calendar.google.com");
        });
        assertThat(confirmation.buttonTexts()).contains("🔁 Reschedule", "❌ Cancel booking", "🗂 My consultations");
        BotMessage ics = john.chat().last();
        assertThat(ics.document()).isNotNull();
        assertThat(new String(ics.document().bytes(), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT",
                "DTSTART:20270320T160000Z", "DTEND:20270320T170000Z", "SUMMARY:Mentoring session with Iryna Koval");
        assertThat(lastNotice(mentor).text()).contains("New booking", "John Smith (@johnny)",
                "Sat 20 Mar 18:00–19:00", "Free session.", "Note: Spring Boot question");
        assertThat(lastNotice(mentor).buttonTexts()).containsExactly("📋 Open the session", "❌ Cancel this booking");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED' AND note = 'Spring Boot question'"))
                .isOne();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", slot)).isOne();
    }

    @Test
    void theMentorsNoticeOfABookingWithoutUsernameOrNoteSaysJustWhoAndWhen() {
        SimulatedUser john = user(913, "John", "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(lastNotice(mentor).text()).isEqualTo(
                "New booking 🎉 John booked Sat 20 Mar 18:00–19:00 (Europe/Kyiv).\nFree session.");
        press(mentor, "📋 Open the session");
        assertThat(lastNotice(mentor).text()).contains("John");
    }

    @Test
    void aTimeTooSoonToBookIsNotOffered() {
        slotAt("2027-03-15T11:00:00Z"); // 13:00 in Kyiv today: one hour away, bookings close two hours before
        slotAt("2027-03-15T13:00:00Z"); // 15:00 in Kyiv: three hours away
        SimulatedUser john = user(907, "John", "en");
        send(john, "/start");

        press(john, "📅 Book a consultation");
        press(john, "All topics");
        assertThat(john.chat().last().text()).contains("next free: Mon 15 Mar 15:00");
        press(john, "1. Iryna Koval");
        press(john, "📅 Choose a time");
        press(john, "15");

        assertThat(john.chat().last().buttonTexts()).contains("15:00").doesNotContain("13:00");
    }

    @Test
    void aDeepLinkOpensTheMentorsCard() {
        SimulatedUser john = user(902, "John", "en");

        send(john, "/start m_" + mentorId);

        assertThat(john.chat().last().text()).startsWith("👤 Iryna Koval (@iryna)");
        assertThat(john.chat().last().buttonTexts()).contains("📅 Choose a time");
    }

    @Test
    void fiftyStudentsPressConfirmAtOnceAndExactlyOneGetsTheSlot() throws Exception {
        List<SimulatedUser> students = new ArrayList<>();
        List<Long> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            SimulatedUser student = user(10_000 + i, "Student" + i, "en");
            messages.add(send(student, "/start").messageId());
            students.add(student);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> presses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            SimulatedUser student = students.get(i);
            long message = messages.get(i);
            presses.add(pool.submit(() -> {
                go.await();
                return student.pressData(message, "v1:cb:" + slot);
            }));
        }
        go.countDown();
        int taken = 0;
        for (int i = 0; i < 50; i++) {
            long update = presses.get(i).get();
            awaitHandled(update);
            CallbackAnswer answer = students.get(i).chat().answerFor(update).orElseThrow();
            if ("Sorry, this time was just booked by someone else. Here are the free times that are left:"
                    .equals(answer.text())) {
                taken++;
            }
        }
        pool.shutdown();

        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", slot)).isOne();
        assertThat(taken).isEqualTo(49);
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE handled_at IS NULL")).isZero();
    }

    @Test
    void pressingConfirmTwiceBooksOnce() {
        SimulatedUser john = user(903, "John", "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);
        CallbackAnswer stale = pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(stale.text()).isEqualTo("You have booked this time already.");
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void losingTheRaceForTheDaysLastTimeSaysSoInOneMessage() {
        SimulatedUser anna = user(910, "Anna", "en");
        BotMessage annaStart = send(anna, "/start");
        pressData(anna, annaStart.messageId(), "v1:cb:" + slot);
        long other = count("SELECT id FROM slots WHERE id <> ?", slot);
        pressData(anna, annaStart.messageId(), "v1:cb:" + other);
        SimulatedUser john = user(911, "John", "en");
        BotMessage start = send(john, "/start");

        CallbackAnswer answer = pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(answer.text()).isEqualTo("Sorry, this time was just booked by someone else.");
        List<BotMessage> seen = john.chat().messages();
        assertThat(seen).noneMatch(m -> m.text() != null && m.text().contains("that are left"));
        assertThat(seen.get(seen.size() - 1).text()).isEqualTo("Sorry, this time was just booked by someone else."
                + " No free times are left on Sat 20 Mar: pick another day.");
        assertThat(seen.get(seen.size() - 1).buttonTexts()).contains("◀ Other days");
    }

    @Test
    void aPhotoSentAsTheNoteIsAskedForAsTextAndTheNoteStepStays() {
        SimulatedUser john = user(912, "John", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:an:" + slot);

        awaitHandled(john.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, 3, 4}, null));

        assertThat(john.chat().last().text())
                .isEqualTo("Please send the note as text: the mentor sees only a written note.");
        assertThat(send(john, "Spring Boot question").text()).contains("Note: Spring Boot question");
    }

    @Test
    void myConsultationsListsTheBookingAndCancellingTellsTheMentor() {
        SimulatedUser john = telegram.user(904, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);

        BotMessage my = send(john, "/my");
        assertThat(my.text()).contains("Upcoming:", "Sat 20 Mar 18:00 — Iryna Koval (confirmed)");
        press(john, "❌ Cancel Sat 20 Mar 18:00");
        send(john, "I caught a cold.");

        List<BotMessage> seen = john.chat().messages();
        assertThat(seen.get(seen.size() - 2).text()).contains("Cancelled: your session with Iryna Koval");
        assertThat(new String(seen.get(seen.size() - 1).document().bytes(), StandardCharsets.UTF_8))
                .contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1\r\n");
        assertThat(lastNotice(mentor).text()).contains("A student cancelled", "John Smith",
                "Reason: I caught a cold. The slot is free again.").doesNotContain("..");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        assertThat(send(john, "/my").text()).contains("No upcoming consultations.",
                "Cancelled:\n• Sat 20 Mar 18:00 — Iryna Koval (cancelled)").doesNotContain("Past:");
    }

    @Test
    void cancellingInsideThePolicyWindowIsRefusedAndExplained() {
        SimulatedUser john = user(905, "John", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        clock.setTo(Instant.parse("2027-03-20T08:00:00Z")); // 8 hours before the session

        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 18:00");
        send(john, "Too busy");

        assertThat(john.chat().last().text()).contains("too late to cancel online", "12 hours");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void nobodyCanCancelSomeoneElsesBookingWithAForgedButton() {
        SimulatedUser john = user(906, "John", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);
        long booking = count("SELECT id FROM bookings");
        SimulatedUser mallory = user(907, "Mallory", "en");
        BotMessage own = send(mallory, "/start");

        CallbackAnswer answer = pressData(mallory, own.messageId(), "v1:xb:" + booking);

        assertThat(answer.text()).isEqualTo("This booking isn't yours, or it no longer exists.");
        assertThat(send(mallory, "/my").text()).doesNotContain("Iryna");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void aStudentWithFiveUpcomingConsultationsIsToldSoAndNothingIsBooked() {
        SimulatedUser john = user(908, "John", "en");
        BotMessage start = send(john, "/start");
        long johnId = count("SELECT id FROM users WHERE telegram_id = 908");
        for (int i = 0; i < 5; i++) {
            long other = otherMentor(950 + i, "Mentor" + i);
            upcomingBooking(johnId, other, "2027-03-18T1" + i + ":00:00Z");
        }

        pressData(john, start.messageId(), "v1:cb:" + slot);

        assertThat(john.chat().last().text()).isEqualTo("Nothing was booked: you already have 5 upcoming consultations,"
                + " the most one student can hold at a time. To book another, cancel one in /my or wait until one has"
                + " taken place.");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", slot)).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
    }

    @Test
    void aStudentWithTwoUpcomingConsultationsWithTheSameMentorIsToldSoInTheirLanguage() {
        SimulatedUser olena = user(909, "Олена", "uk");
        BotMessage start = send(olena, "/start");
        long olenaId = count("SELECT id FROM users WHERE telegram_id = 909");
        upcomingBooking(olenaId, mentorId, "2027-03-18T16:00:00Z");
        upcomingBooking(olenaId, mentorId, "2027-03-19T16:00:00Z");

        pressData(olena, start.messageId(), "v1:cb:" + slot);

        assertThat(olena.chat().last().text()).startsWith("Нічого не заброньовано: з цим ментором у вас уже стільки"
                + " майбутніх консультацій, скільки можна мати з одним ментором одночасно (2).");
        assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", slot)).isZero();
        assertThat(count("SELECT count(*) FROM bookings WHERE student_id = ?", olenaId)).isEqualTo(2);
    }

    private long otherMentor(long telegramId, String firstName) {
        long id = jdbc.sql("INSERT INTO users (telegram_id, first_name, language, time_zone, is_mentor)"
                        + " VALUES (?, ?, 'EN', 'Europe/Kyiv', true) RETURNING id")
                .params(telegramId, firstName).query(Long.class).single();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, topics, listed) VALUES (?, '{programming}', true)").param(id)
                .update();
        return id;
    }

    /** A confirmed one-hour session of the student with the mentor, starting then. */
    private void upcomingBooking(long studentId, long mentor, String start) {
        Instant from = Instant.parse(start);
        long booked = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, 'BOOKED')"
                        + " RETURNING id")
                .params(mentor, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status, confirmed_at) VALUES (?, ?, 'CONFIRMED', now())")
                .params(booked, studentId).update();
    }

    private long slotAt(String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
