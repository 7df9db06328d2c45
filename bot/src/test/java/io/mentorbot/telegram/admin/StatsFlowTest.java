package io.mentorbot.telegram.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.stats.PlatformSnapshot;
import io.mentorbot.stats.PlatformStats;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** /stats against a known platform; the clock stands at Monday 15 March 2027, 12:00 in Kyiv. */
class StatsFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final java.sql.Timestamp NOW_TS = java.sql.Timestamp.from(NOW);
    private SimulatedUser admin;

    @BeforeEach
    void aSmallPlatform() {
        clock.setTo(NOW);
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        jdbc.sql("UPDATE users SET created_at = ?").param(java.sql.Timestamp.from(NOW.minusSeconds(60 * 86_400))).update();
        long iryna = user("Iryna", true, 2);
        long oleh = user("Oleh", true, 20);
        long john = user("John", false, 3);
        long anna = user("Anna", false, 45);
        user("Gone", false, 1);
        jdbc.sql("UPDATE users SET deleted = true WHERE first_name = 'Gone'").update();
        long s1 = slot(iryna, "2027-03-20T16:00:00Z", "BOOKED");
        long s2 = slot(iryna, "2027-03-21T16:00:00Z", "BOOKED");
        slot(iryna, "2027-03-22T16:00:00Z", "FREE");
        slot(oleh, "2027-03-01T16:00:00Z", "FREE"); // free but in the past
        long s5 = slot(oleh, "2027-03-02T16:00:00Z", "BOOKED");
        long s6 = slot(oleh, "2027-03-03T16:00:00Z", "FREE");
        booking(s1, john, "CONFIRMED", 1);
        booking(s2, anna, "CONFIRMED", 1);
        booking(s5, john, "COMPLETED", 14);
        booking(s6, anna, "CANCELLED", 14);
        booking(s6, john, "NO_SHOW", 40); // outside the 30-day window
    }

    @Test
    void anAdminGetsTheNumbersAndTheChart() {
        send(admin, "/stats");

        List<BotMessage> messages = admin.chat().messages();
        BotMessage numbers = messages.get(messages.size() - 2);
        assertThat(numbers.text()).contains(
                "👥 Users: 5 (mentors: 2)\nNew: 2 in 7 days, 3 in 30 days",
                "🗓 Slots created: 6\nBooked: 3\nFree from now on: 1",
                "📅 Bookings: 5 (new: 2 in 7 days, 4 in 30 days)",
                "confirmed: 2", "completed: 1", "missed: 1", "cancelled: 1", "awaiting payment: 0",
                "Cancelled: 20.0% of all bookings · No-shows: 50.0% of held sessions",
                "1. Iryna — 2 sessions", "2. Oleh — 1 session");
        BotMessage chart = admin.chat().last();
        assertThat(chart.photo()).isNotNull();
        assertThat(chart.text()).isEqualTo("Bookings made per day over the last 30 days.");
        byte[] png = chart.photo().bytes();
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Autowired
    PlatformStats stats;

    @Test
    void theRunningCountersStayExactThroughUpdatesDeletesAndMoves() {
        jdbc.sql("UPDATE bookings SET status = 'CANCELLED' WHERE status = 'CONFIRMED' AND id = (SELECT min(id) FROM bookings)")
                .update();
        jdbc.sql("UPDATE slots SET status = 'BLOCKED' WHERE status = 'FREE' AND starts_at < '2027-03-10'").update();
        jdbc.sql("UPDATE slots SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE status = 'FREE'")
                .update();
        jdbc.sql("UPDATE users SET is_mentor = false WHERE first_name = 'Oleh'").update();
        jdbc.sql("UPDATE users SET deleted = true WHERE first_name = 'Anna'").update();
        jdbc.sql("UPDATE users SET last_seen_at = now()").update();
        jdbc.sql("DELETE FROM bookings WHERE status = 'NO_SHOW'").update();

        PlatformSnapshot snapshot = stats.snapshot(ZoneId.of("Europe/Kyiv"));

        assertThat(snapshot.users()).isEqualTo(count("SELECT count(*) FROM users WHERE NOT deleted"));
        assertThat(snapshot.mentors()).isEqualTo(count("SELECT count(*) FROM users WHERE NOT deleted AND is_mentor"));
        assertThat(snapshot.slotsCreated()).isEqualTo(count("SELECT count(*) FROM slots"));
        assertThat(snapshot.slotsBooked()).isEqualTo(count("SELECT count(*) FROM slots WHERE status = 'BOOKED'"));
        for (var status : snapshot.bookingsByStatus().entrySet()) {
            assertThat(status.getValue()).as(status.getKey())
                    .isEqualTo(count("SELECT count(*) FROM bookings WHERE status = ?", status.getKey()));
        }
        assertThat(snapshot.topMentors()).extracting(PlatformSnapshot.TopMentor::sessions).containsExactly(1L, 1L);
        assertThat(snapshot.slotsFreeAhead())
                .isEqualTo(count("SELECT count(*) FROM slots WHERE status = 'FREE' AND starts_at > ?", NOW_TS));
        assertThat(snapshot.newUsers30()).isEqualTo(count(
                "SELECT count(*) FROM users WHERE NOT deleted AND created_at >= ?::timestamptz - interval '30 days'", NOW_TS));
        assertThat(snapshot.newBookings7()).isEqualTo(count(
                "SELECT count(*) FROM bookings WHERE created_at >= ?::timestamptz - interval '7 days'", NOW_TS));
        assertThat(snapshot.bookingsPerDay().stream().mapToLong(PlatformSnapshot.DayCount::bookings).sum())
                .isEqualTo(count("SELECT count(*) FROM bookings WHERE created_at >= timestamptz '2027-02-13 22:00+00'"));
    }

    @Test
    void studentsAndMentorsAreRefused() {
        assertThat(send(user(950, "John", "en"), "/stats").text()).isEqualTo("/stats is for platform admins only.");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE telegram_id = 950").update();
        assertThat(send(user(950, "John", "en"), "/stats").text()).isEqualTo("/stats is for platform admins only.");
    }

    private long user(String name, boolean mentor, int daysAgo) {
        return jdbc.sql("""
                INSERT INTO users (first_name, language, time_zone, is_mentor, created_at)
                VALUES (?, 'EN', 'Europe/Kyiv', ?, ?) RETURNING id
                """).params(name, mentor, java.sql.Timestamp.from(NOW.minusSeconds(daysAgo * 86_400L)))
                .query(Long.class).single();
    }

    private long slot(long mentor, String start, String status) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(mentor, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)), status)
                .query(Long.class).single();
    }

    private void booking(long slot, long student, String status, int daysAgo) {
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status, created_at) VALUES (?, ?, ?, ?)")
                .params(slot, student, status, java.sql.Timestamp.from(NOW.minusSeconds(daysAgo * 86_400L))).update();
    }
}
