package io.mentorbot.telegram.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV exports as documents, read back from the emulator. */
class ExportFlowTest extends BotFlowTest {

    private static final Instant NOW = Instant.parse("2027-04-02T10:00:00Z");
    private SimulatedUser admin;

    @BeforeEach
    void aPlatformWithAwkwardNames() {
        clock.setTo(NOW);
        admin = user(ADMIN_ID, "Ada", "en");
        send(admin, "/start");
        long mentor = user("Олена", "Шевченко, \"Лена\"", true);
        long student = user("John\nSmith", null, false);
        long march = slot(mentor, "2027-03-10T16:00:00Z");
        long april = slot(mentor, "2027-04-10T16:00:00Z");
        long lastNightKyiv = slot(mentor, "2027-03-31T21:30:00Z"); // 1 April, 00:30 in Kyiv
        jdbc.sql("""
                INSERT INTO bookings (slot_id, student_id, status, price_minor, currency, created_at)
                VALUES (?, ?, 'CONFIRMED', 50000, 'UAH', '2027-03-01T08:00:00Z'),
                       (?, ?, 'CONFIRMED', 0, 'UAH', '2027-03-01T09:00:00Z'),
                       (?, ?, 'CANCELLED', 0, 'UAH', '2027-03-01T10:00:00Z')
                """).params(march, student, april, student, lastNightKyiv, student).update();
    }

    @Test
    void bookingsInARangeComeAsACsvDocument() {
        BotMessage file = send(admin, "/export bookings 2027-03-01 2027-03-31");

        assertThat(file.document()).isNotNull();
        assertThat(file.document().fileName()).isEqualTo("bookings-2027-03-01-2027-03-31.csv");
        byte[] bytes = file.document().bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2).satisfies(lines -> {
            assertThat(lines[0]).isEqualTo("id,start_utc,mentor,student,status,price,currency,created_utc");
            assertThat(lines[1]).matches("\\d+,2027-03-10T16:00:00Z,\"Олена Шевченко, \"\"Лена\"\"\","
                    + "\"John\nSmith\",CONFIRMED,500.00,UAH,2027-03-01T08:00:00Z");
        });
        assertThat(count("SELECT count(*) FROM admin_audit WHERE action = 'export-bookings'")).isEqualTo(1);
    }

    @Test
    void usersComeAsACsvDocumentWithTheirRoles() {
        BotMessage file = send(admin, "/export users");

        byte[] bytes = file.document().bytes();
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,telegram_id,name,username,language,roles,created_utc\r\n")
                .contains(",9001,Ada,,en,student;admin,")
                .contains(",\"Олена Шевченко, \"\"Лена\"\"\",,en,student;mentor,")
                .contains(",\"John\nSmith\",,en,student,");
    }

    @Test
    void aBadRangeIsExplained() {
        assertThat(send(admin, "/export bookings 2027-03-31 2027-03-01").text()).startsWith("The end date must not");
        assertThat(send(admin, "/export bookings march").text()).startsWith("Usage: /export");
        assertThat(count("SELECT count(*) FROM admin_audit")).isZero();
    }

    private long user(String first, String last, boolean mentor) {
        return jdbc.sql("INSERT INTO users (first_name, last_name, language, time_zone, is_mentor) "
                        + "VALUES (?, ?, 'EN', 'Europe/Kyiv', ?) RETURNING id")
                .params(first, last, mentor).query(Long.class).single();
    }

    private long slot(long mentor, String start) {
        Instant from = Instant.parse(start);
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) VALUES (?, ?, ?, 'BOOKED') RETURNING id")
                .params(mentor, java.sql.Timestamp.from(from), java.sql.Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
    }
}
