package io.mentorbot.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Mentors, students and slots for the booking tests, with the clock standing at {@link #NOW}. */
abstract class BookingFixtures extends BotFlowTest {

    /** Tuesday 15 January 2030, 10:00 in Kyiv. */
    static final Instant NOW = Instant.parse("2030-01-15T08:00:00Z");

    @Autowired
    BookingDesk desk;

    private long nextTelegramId = 1000;

    @BeforeEach
    void timeStandsStill() {
        clock.setTo(NOW);
    }

    long freeMentor(String firstName) {
        return mentor(firstName, 0, "UAH");
    }

    long paidMentor(String firstName, long priceMinor, String currency) {
        return mentor(firstName, priceMinor, currency);
    }

    /** A mentor without a profile row: not listed, so not bookable. */
    long mentorWithoutProfile(String firstName) {
        return user(firstName, null, true);
    }

    long student(String firstName, String username) {
        return user(firstName, username, false);
    }

    private long mentor(String firstName, long priceMinor, String currency) {
        long id = user(firstName, null, true);
        jdbc.sql("INSERT INTO mentor_profiles (user_id, price_minor, currency, listed) VALUES (?, ?, ?, true)")
                .params(id, priceMinor, currency).update();
        return id;
    }

    private long user(String firstName, String username, boolean mentor) {
        return jdbc.sql("INSERT INTO users (telegram_id, first_name, username, language, time_zone, is_mentor)"
                        + " VALUES (?, ?, ?, 'EN', 'Europe/Kyiv', ?) RETURNING id")
                .params(nextTelegramId++, firstName, username, mentor).query(Long.class).single();
    }

    /** A FREE one-hour slot of the mentor starting {@code fromNow} after {@link #NOW}. */
    long slot(long mentorId, Duration fromNow) {
        return slot(mentorId, fromNow, "FREE");
    }

    long slot(long mentorId, Duration fromNow, String status) {
        Instant start = NOW.plus(fromNow);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(mentorId, utc(start), utc(start.plus(Duration.ofHours(1))), status)
                .query(Long.class).single();
    }

    /** Books the slot through the desk and returns the new booking's id. */
    long booked(long studentId, long slotId) {
        BookingOutcome outcome = desk.book(studentId, slotId, null);
        if (!outcome.booked()) {
            throw new AssertionError("Booking failed in the setup: " + outcome.result());
        }
        return outcome.booking().id();
    }

    String slotStatus(long slotId) {
        return jdbc.sql("SELECT status FROM slots WHERE id = ?").param(slotId).query(String.class).single();
    }

    String bookingStatus(long bookingId) {
        return jdbc.sql("SELECT status FROM bookings WHERE id = ?").param(bookingId).query(String.class).single();
    }

    long bookingSlot(long bookingId) {
        return jdbc.sql("SELECT slot_id FROM bookings WHERE id = ?").param(bookingId).query(Long.class).single();
    }

    void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
