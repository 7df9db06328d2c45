package io.mentorbot.telegram.booking;

import java.time.Instant;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor list and {@code /my} read as a person expects; the platform's clock stands at Monday 15 March 2027,
 * 12:00 in Kyiv.
 */
class ReadableListsFlowTest extends BotFlowTest {

    private long iryna;
    private long taras;

    @BeforeEach
    void twoPaidMentors() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        iryna = mentor(821, "Iryna", "Java backend", 50_000, "UAH");
        taras = mentor(822, "Taras", "Fitness coach", 2_550, "USD");
        slotAt(iryna, "2027-03-20T16:00:00Z");
        slotAt(taras, "2027-03-21T16:00:00Z");
    }

    @Test
    void theMentorListNamesTheZoneOnceAndShowsWholePricesWithoutCents() {
        SimulatedUser john = user(921, "John", "en");
        send(john, "/start");
        send(john, "/mentors");

        press(john, "All topics");

        String list = john.chat().last().text();
        assertThat(list).startsWith("Mentors: All topics (page 1 of 1; times in Europe/Kyiv)")
                .contains("Iryna Koval: Java backend · 500 UAH / 60 min", "next free: Sat 20 Mar 18:00",
                        "Taras Koval: Fitness coach · $25.50 / 60 min", "next free: Sun 21 Mar 18:00")
                .doesNotContain(".00");
        assertThat(list.split("Europe/Kyiv", -1)).hasSize(2);
    }

    @Test
    void theMentorListLeadsBackToTheTopics() {
        SimulatedUser olha = user(922, "Olha", "uk");
        send(olha, "/start");
        send(olha, "/mentors");
        press(olha, "Усі теми");
        assertThat(olha.chat().last().text()).startsWith("Ментори: Усі теми (сторінка 1 з 1; час — у поясі Europe/Kyiv)");

        press(olha, "◀ Теми");

        assertThat(olha.chat().last().text()).isEqualTo("Чого хочете навчитися? Оберіть тему:");
        assertThat(olha.chat().last().buttonTexts()).contains("Усі теми");
    }

    @Test
    void cancelledSessionsHaveTheirOwnHeadingAndNeverStandAmongThePastOnes() {
        SimulatedUser john = telegram.user(923, "John", "Smith", "johnny", "en");
        send(john, "/start");
        long student = count("SELECT id FROM users WHERE telegram_id = 923");
        booking(slotAt(iryna, "2027-03-08T16:00:00Z"), student, "COMPLETED");
        booking(slotAt(taras, "2027-03-25T16:00:00Z"), student, "CANCELLED");

        BotMessage my = send(john, "/my");

        assertThat(my.text()).contains("Past:\n• Mon 8 Mar 18:00 — Iryna Koval (completed)",
                "Cancelled:\n• Thu 25 Mar 18:00 — Taras Koval (cancelled)");
        assertThat(my.text().substring(my.text().indexOf("Past:"), my.text().indexOf("Cancelled:")))
                .doesNotContain("Taras");
    }

    private long mentor(long telegramId, String name, String headline, long priceMinor, String currency) {
        send(telegram.user(telegramId, name, "Koval", name.toLowerCase(), "en"), "/start");
        long id = count("SELECT id FROM users WHERE telegram_id = ?", telegramId);
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(id).update();
        jdbc.sql("""
                INSERT INTO mentor_profiles (user_id, headline, topics, listed, price_minor, currency)
                VALUES (?, ?, '{programming}', true, ?, ?)
                """).params(id, headline, priceMinor, currency).update();
        return id;
    }

    private long slotAt(long mentorId, String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }

    private void booking(long slot, long student, String status) {
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, ?)")
                .params(slot, student, status).update();
    }
}
