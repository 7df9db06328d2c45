package io.mentorbot.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotRequest;
import io.mentorbot.support.Api;
import io.mentorbot.support.Api.Answer;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.FakeProviders;
import io.mentorbot.support.FakeProviders.Person;
import io.mentorbot.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People without a Telegram chat (signed in with Google) hear of their bookings by e-mail, from the address their
 * provider verified: a mentor of a booking made and cancelled in the bot, a student of the mentor's cancellation.
 * People with a Telegram chat get no such letters. The platform's clock stands at Monday 15 March 2027, 12:00 in
 * Kyiv; the sessions are on Saturday 20 March, 18:00 Kyiv time.
 */
class BookingNewsMailFlowTest extends BotFlowTest {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 20);

    @Autowired
    AccountDesk accounts;
    @Autowired
    MentorProfiles profiles;
    @Autowired
    SlotPlanner planner;
    @Autowired
    BookingDesk bookings;
    @Autowired
    IncompleteEventPublications incomplete;

    @LocalServerPort
    int port;

    @BeforeEach
    void aQuietMorning() {
        TestMail.emptyMailboxes();
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        jdbc.sql("DELETE FROM oauth_states").update();
    }

    @Test
    void aMentorWithoutTelegramGetsTheNewBookingWithTheCalendarFileThenTheMoveAndTheStudentsCancellation() throws Exception {
        long slot = googleOnlyMentorWithASlot("marta@example.com");
        SimulatedUser john = telegram.user(1301, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");

        pressData(john, start.messageId(), "v1:cb:" + slot);

        MimeMessage booked = awaitLetter("marta@example.com", "New booking: John Smith");
        assertThat(TestMail.subject(booked)).isEqualTo("New booking: John Smith, Saturday, 20 March 2027, 18:00");
        assertThat(TestMail.text(booked)).startsWith("Hello Marta,").contains("John Smith booked a session with you.",
                "When: Saturday, 20 March 2027, 18:00–19:00 (Europe/Kyiv)", "Length: 60 min", "Free session",
                "The student's note: —", "The attached calendar file adds the session to your calendar.");
        BodyPart file = TestMail.attachment(booked, "mentoring-session.ics").orElseThrow();
        assertThat(file.getContentType()).contains("method=PUBLISH");
        String uid = TestMail.content(file).replaceAll("(?s).*(UID:[^\r]+).*", "$1");
        assertThat(TestMail.content(file)).contains("DTSTART:20270320T160000Z", "SEQUENCE:0\r\n",
                "SUMMARY:Consultation with John Smith");

        long later = planner.plan(SlotRequest.single(mentorIdOf(slot), ZoneId.of("Europe/Kyiv"), 60, SATURDAY,
                LocalTime.of(19, 0))).created().get(0).slotId();
        long booking = count("SELECT id FROM bookings");
        pressData(john, start.messageId(), "v1:rt:" + booking + ":" + later);

        MimeMessage moved = awaitLetter("marta@example.com", "Moved: your session with John Smith");
        assertThat(TestMail.subject(moved))
                .isEqualTo("Moved: your session with John Smith, now Saturday, 20 March 2027, 19:00");
        assertThat(TestMail.text(moved)).contains("John Smith moved their session with you.",
                "Was: Saturday, 20 March 2027, 18:00", "Now: Saturday, 20 March 2027, 19:00–20:00 (Europe/Kyiv)",
                "The attached calendar file moves the session in your calendar.");
        assertThat(TestMail.content(TestMail.attachment(moved, "mentoring-session.ics").orElseThrow()))
                .contains(uid, "SEQUENCE:1\r\n", "DTSTART:20270320T170000Z");

        send(john, "/my");
        press(john, "❌ Cancel Sat 20 Mar 19:00");
        send(john, "Something came up");

        MimeMessage cancelled = awaitLetter("marta@example.com", "Cancelled: your session with John Smith");
        assertThat(TestMail.text(cancelled)).startsWith("Hello Marta,").contains(
                "your mentoring session with John Smith on Saturday, 20 March 2027, 19:00 (Europe/Kyiv) is cancelled.",
                "Cancelled by: John Smith, the student", "Reason: Something came up",
                "The attached calendar file removes the session from your calendar.");
        BodyPart removal = TestMail.attachment(cancelled, "mentoring-session.ics").orElseThrow();
        assertThat(removal.getContentType()).contains("method=CANCEL");
        assertThat(TestMail.content(removal)).contains("METHOD:CANCEL", uid, "SEQUENCE:2\r\n", "STATUS:CANCELLED");
        awaitAllLettersOut();
        assertThat(TestMail.lettersTo("marta@example.com")).hasSize(3);
    }

    @Test
    void aStudentWithoutTelegramBookedThroughTheApiHearsOfTheMentorsCancellationWithTheReason() throws Exception {
        SimulatedUser mentor = telegram.user(1311, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 1311");
        // A mentor reachable in Telegram, with a verified address too: the bot tells them, no letter does.
        accounts.verifyEmail(mentorId, "iryna@example.com");
        long slot = mentorWithASlot(mentorId);
        Answer signedIn = signInWithGoogle(new Person("4711", "olha@example.com", true, "Olha", "Shevchenko"));
        String bearer = signedIn.text("accessToken");
        assertThat(api().post("/api/v1/bookings", Map.of("slotId", slot, "note", "Kafka basics"), bearer, "en")
                .status()).isEqualTo(201);
        // Her Google profile says Ukrainian: so do the letters.
        MimeMessage confirmed = awaitLetter("olha@example.com", "Підтверджено: ваша сесія з Iryna Koval");
        // She has no chat with the bot: the letter sends her to the website, not to /my.
        assertThat(TestMail.text(confirmed)).contains("Щоб скасувати чи перенести сесію, увійдіть на сайт платформи.")
                .doesNotContain("/my");
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("New booking", "Olha Shevchenko");

        press(mentor, "❌ Cancel this booking");
        send(mentor, "I am ill.");
        press(mentor, "🟢 Free it for other students");

        MimeMessage cancelled = awaitLetter("olha@example.com", "Скасовано: ваша сесія з Iryna Koval");
        assertThat(TestMail.subject(cancelled))
                .isEqualTo("Скасовано: ваша сесія з Iryna Koval, субота, 20 березня 2027, 18:00");
        assertThat(TestMail.text(cancelled)).startsWith("Вітаємо, Olha!").contains(
                "Вашу сесію з Iryna Koval (субота, 20 березня 2027, 18:00, Europe/Kyiv) скасовано.",
                "Хто скасував: Iryna Koval, ментор", "Причина: I am ill.",
                "Доданий файл календаря видаляє сесію з вашого календаря.");
        BodyPart removal = TestMail.attachment(cancelled, "mentoring-session.ics").orElseThrow();
        assertThat(removal.getContentType()).contains("method=CANCEL");
        assertThat(TestMail.content(removal)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "Iryna Koval");
        awaitAllLettersOut();
        assertThat(TestMail.lettersTo("olha@example.com")).extracting(TestMail::subject).hasSize(2)
                .filteredOn(subject -> subject.startsWith("Скасовано:")).hasSize(1);
        assertThat(TestMail.lettersTo("iryna@example.com")).isEmpty();
    }

    @Test
    void aStudentWithoutTelegramHearsThatTheTimeHeldForTheirPaymentWasReleased() {
        SimulatedUser mentor = telegram.user(1331, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 1331");
        long slot = mentorWithASlot(mentorId);
        profiles.changePrice(mentorId, 50000, "UAH");
        String bearer = signInWithGoogle(new Person("4712", "taras@example.com", true, "Taras", "Melnyk"))
                .text("accessToken");
        assertThat(api().post("/api/v1/bookings", Map.of("slotId", slot), bearer, "en").status()).isEqualTo(201);

        clock.setTo(Instant.parse("2027-03-15T10:16:00Z"));
        assertThat(bookings.expireHolds()).isOne();

        MimeMessage released = awaitLetter("taras@example.com", "Не заброньовано: ваша сесія з Iryna Koval");
        assertThat(TestMail.text(released)).startsWith("Вітаємо, Taras!").contains(
                "Час з Iryna Koval (субота, 20 березня 2027, 18:00, Europe/Kyiv) був притриманий для вашої оплати");
        assertThat(TestMail.attachment(released, "mentoring-session.ics")).isEmpty();
        awaitAllLettersOut();
        assertThat(TestMail.lettersTo("taras@example.com")).hasSize(1);
    }

    @Test
    void aLetterTheMailServerRefusedIsSentOnceItIsBack() {
        long slot = googleOnlyMentorWithASlot("marta@example.com");
        SimulatedUser john = telegram.user(1321, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        TestMail.down();
        try {
            pressData(john, start.messageId(), "v1:cb:" + slot);
            await().atMost(Duration.ofSeconds(30)).until(() -> count(
                    "SELECT count(*) FROM event_publication WHERE status = 'FAILED' AND listener_id LIKE ?",
                    "%mail.BookingMail.on%") == 1);
            assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
        } finally {
            TestMail.up();
        }

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof BookingConfirmed
                && publication.getStatus() == EventPublication.Status.FAILED);

        MimeMessage booked = awaitLetter("marta@example.com", "New booking: John Smith");
        assertThat(TestMail.attachment(booked, "mentoring-session.ics")).isPresent();
        awaitAllLettersOut();
        assertThat(TestMail.lettersTo("marta@example.com")).hasSize(1);
    }

    @Test
    void aMentorWhoBlockedTheBotHearsOfANewBookingByEmailAtTheirVerifiedAddress() throws Exception {
        SimulatedUser petro = telegram.user(1331, "Petro", "Melnyk", "petro", "en");
        send(petro, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 1331");
        accounts.verifyEmail(mentorId, "petro@example.com");
        long slot = mentorWithASlot(mentorId);
        // He blocks the bot; the next message to him got a 403, which marks him unreachable (as the outbox does).
        petro.block();
        accounts.markUnreachable(1331);

        SimulatedUser john = telegram.user(1332, "John", "Smith", "johnny", "en");
        BotMessage start = send(john, "/start");
        pressData(john, start.messageId(), "v1:cb:" + slot);

        MimeMessage booked = awaitLetter("petro@example.com", "New booking: John Smith");
        assertThat(TestMail.text(booked)).startsWith("Hello Petro,").contains("John Smith booked a session with you.");
        awaitAllLettersOut();
        assertThat(TestMail.lettersTo("petro@example.com")).hasSize(1);
    }

    /** A mentor who signed in with Google only, with a listed profile and a free Saturday evening; the slot. */
    private long googleOnlyMentorWithASlot(String address) {
        Account marta = accounts.registerWithoutTelegram("Marta", "Bondar", "en", address);
        assertThat(marta.hasTelegramChat()).isFalse();
        return mentorWithASlot(marta.id());
    }

    private long mentorIdOf(long slot) {
        return count("SELECT mentor_id FROM slots WHERE id = ?", slot);
    }

    private long mentorWithASlot(long mentorId) {
        accounts.makeMentor(mentorId, true);
        profiles.open(mentorId, List.of("programming"), "Backend mentor", null);
        Account mentor = accounts.find(mentorId).orElseThrow();
        return planner.plan(SlotRequest.single(mentorId, mentor.zone(), 60, SATURDAY, LocalTime.of(18, 0)))
                .created().get(0).slotId();
    }

    /** Waits for a letter to the address whose subject starts so; longer than most, the machine may be busy. */
    private static MimeMessage awaitLetter(String address, String subjectStart) {
        try {
            return await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.lettersTo(address).stream()
                    .filter(letter -> TestMail.subject(letter).startsWith(subjectStart)).findFirst(),
                    Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No letter \"" + subjectStart + "\" to " + address + "; there are: "
                    + TestMail.lettersTo(address).stream().map(TestMail::subject).toList(), e);
        }
    }

    /** Every letter's event has been handed to its listeners and none is left to send. */
    private void awaitAllLettersOut() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0);
    }

    private Api api() {
        return new Api(port);
    }

    /** A whole Google sign-in as a browser goes through it; answers the platform's tokens. */
    private Answer signInWithGoogle(Person person) {
        String providerPage = browse("http://127.0.0.1:" + port + "/api/v1/auth/google/start?redirect=/app")
                .headers().firstValue("Location").orElseThrow();
        Map<String, String> approved = FakeProviders.get().authorize(providerPage, person);
        String back = browse(approved.get("redirect_uri") + "?code=" + approved.get("code") + "&state="
                + approved.get("state")).headers().firstValue("Location").orElseThrow();
        String code = FakeProviders.query(URI.create(back).getRawFragment()).get("code");
        Answer tokens = api().post("/api/v1/auth/exchange", Map.of("code", code));
        assertThat(tokens.status()).isEqualTo(200);
        return tokens;
    }

    private static HttpResponse<String> browse(String url) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
