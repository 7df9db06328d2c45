package io.mentorbot.telegram.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.ServedCall;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user is told what happened only once it has happened: the reply to a turn leaves after the turn's commit, with
 * nothing held meanwhile, and a turn that fails at its commit says that it failed and nothing else.
 */
class RepliesAfterCommitTest extends BotFlowTest {

    private static final String BOOKED = "Booked!";

    private SimulatedUser student;
    private long slot;
    private Consumer<ServedCall> listener;

    @BeforeEach
    void aMentorWithAFreeTimeAndAStudent() {
        clock.setTo(Instant.parse("2027-03-15T10:00:00Z"));
        SimulatedUser mentor = telegram.user(811, "Iryna", "Koval", "iryna", "en");
        send(mentor, "/start");
        long mentorId = count("SELECT id FROM users WHERE telegram_id = 811");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE id = ?").param(mentorId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed) VALUES (?, 'Backend', '{programming}', true)")
                .param(mentorId).update();
        Instant from = Instant.parse("2027-03-20T16:00:00Z");
        slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(mentorId, Timestamp.from(from), Timestamp.from(from.plusSeconds(3600)))
                .query(Long.class).single();
        student = telegram.user(911, "John", "Smith", "johnny", "en");
        send(student, "/start");
    }

    @AfterEach
    void removeTheFaults() {
        if (listener != null) {
            telegram.removeCallListener(listener);
        }
        jdbc.sql("DROP TRIGGER IF EXISTS bookings_fail_at_commit ON bookings").update();
        jdbc.sql("DROP FUNCTION IF EXISTS bookings_fail_at_commit()").update();
    }

    @Test
    void bookedIsNeverSaidBeforeTheBookingIsVisibleToOthersNorWhileTheChatIsLocked() throws Exception {
        List<String> seenWhenTold = new CopyOnWriteArrayList<>();
        try (Connection other = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "")) {
            listener = call -> {
                if (String.valueOf(call.params().get("text")).startsWith(BOOKED)
                        && String.valueOf(call.params().get("chat_id")).equals(Long.toString(student.id()))) {
                    // Telegram has the message in hand, the bot waits for its answer: what does everyone else see?
                    seenWhenTold.add("bookings=" + bookingsOf(other) + ", chat locks=" + chatLocks(other));
                }
            };
            telegram.addCallListener(listener);

            pressData(student, student.chat().last().messageId(), "v1:cb:" + slot);

            assertThat(student.chat().messages()).anySatisfy(m -> assertThat(m.text()).startsWith(BOOKED));
            assertThat(seenWhenTold).containsExactly("bookings=1, chat locks=0");
        }
    }

    @Test
    void aTurnThatFailsAtItsCommitSaysItFailedAndNeverThatItSucceeded() {
        // PostgreSQL refuses the booking when the transaction commits, after everything in it went well.
        jdbc.sql("""
                CREATE FUNCTION bookings_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'refused at commit'; END $$
                """).update();
        jdbc.sql("""
                CREATE CONSTRAINT TRIGGER bookings_fail_at_commit AFTER INSERT ON bookings
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bookings_fail_at_commit()
                """).update();
        int before = student.chat().messages().size();

        CallbackAnswer answer = pressData(student, student.chat().last().messageId(), "v1:cb:" + slot);

        assertThat(answer.text()).isEqualTo(
                "Sorry, something went wrong on our side and nothing was changed. Please try again in a moment.");
        assertThat(answer.showAlert()).isTrue();
        List<BotMessage> after = student.chat().messages();
        assertThat(after.subList(before, after.size())).noneSatisfy(m -> assertThat(m.text()).contains(BOOKED));
        assertThat(student.chat().allMessages()).noneSatisfy(m -> assertThat(m.text()).contains(BOOKED));
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
    }

    private long bookingsOf(Connection connection) {
        return single(connection, "SELECT count(*) FROM bookings b JOIN users u ON u.id = b.student_id "
                + "WHERE u.telegram_id = " + student.id());
    }

    private long chatLocks(Connection connection) {
        // pg_advisory_xact_lock(bigint) shows its key as two 32-bit halves
        return single(connection, """
                SELECT count(*) FROM pg_locks l, (SELECT hashtextextended('telegram-chat', %d) AS k) h
                 WHERE l.locktype = 'advisory' AND l.objsubid = 1
                   AND l.classid::bigint = ((h.k >> 32) & 4294967295) AND l.objid::bigint = (h.k & 4294967295)
                """.formatted(student.id()));
    }

    private static long single(Connection connection, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
