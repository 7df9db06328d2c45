package io.mentorbot.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the database itself enforces, whatever the application code does. */
class SchemaTest extends BotFlowTest {

    private long mentor;
    private long student;

    @BeforeEach
    void aMentorAndAStudent() {
        mentor = insertUser(1);
        student = insertUser(2);
    }

    @Test
    void aMentorCannotHaveOverlappingSlots() {
        insertSlot("2030-01-01 18:00+00", "2030-01-01 19:00+00", "FREE");

        assertThatThrownBy(() -> insertSlot("2030-01-01 18:30+00", "2030-01-01 19:30+00", "FREE"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("slots_no_overlap");
    }

    @Test
    void adjacentSlotsAndCancelledSlotsDoNotClash() {
        insertSlot("2030-01-01 18:00+00", "2030-01-01 19:00+00", "CANCELLED");
        insertSlot("2030-01-01 18:00+00", "2030-01-01 19:00+00", "FREE");
        insertSlot("2030-01-01 19:00+00", "2030-01-01 20:00+00", "FREE");

        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(3);
    }

    @Test
    void twoConcurrentInsertsOfOverlappingSlotsLeaveExactlyOne() throws Exception {
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int minute = i * 5;
            Callable<Boolean> insert = () -> {
                go.await();
                try {
                    insertSlot("2030-01-02 10:" + String.format("%02d", minute) + "+00", "2030-01-02 11:30+00", "FREE");
                    return true;
                } catch (DataIntegrityViolationException clash) {
                    return false;
                }
            };
            results.add(pool.submit(insert));
        }
        go.countDown();
        int created = 0;
        for (Future<Boolean> result : results) {
            created += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).isOne();
        assertThat(count("SELECT count(*) FROM slots")).isOne();
    }

    @Test
    void aSlotCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> insertSlot("2030-01-01 19:00+00", "2030-01-01 18:00+00", "FREE"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("slots_end_after_start");
    }

    @Test
    void aSlotHasAtMostOneActiveBooking() {
        long slot = insertSlot("2030-01-01 18:00+00", "2030-01-01 19:00+00", "BOOKED");
        long other = insertUser(3);
        insertBooking(slot, student, "CANCELLED");
        insertBooking(slot, student, "CONFIRMED");

        assertThatThrownBy(() -> insertBooking(slot, other, "PENDING_PAYMENT"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("bookings_one_active_per_slot");
    }

    private long insertUser(long telegramId) {
        return jdbc.sql("INSERT INTO users (telegram_id, language, time_zone) VALUES (?, 'EN', 'UTC') RETURNING id")
                .param(telegramId).query(Long.class).single();
    }

    private long insertSlot(String start, String end, String status) {
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) "
                        + "VALUES (?, ?::timestamptz, ?::timestamptz, ?) RETURNING id")
                .params(mentor, start, end, status).query(Long.class).single();
    }

    private void insertBooking(long slot, long who, String status) {
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, ?)")
                .params(slot, who, status).update();
    }
}
