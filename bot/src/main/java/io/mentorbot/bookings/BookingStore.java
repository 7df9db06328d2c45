package io.mentorbot.bookings;

import static io.mentorbot.bookings.BookingRows.ACTIVE;
import static io.mentorbot.bookings.BookingRows.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.AccountStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The booking statements. Every change is one conditional statement whose WHERE clause carries the rule, so the
 * row lock PostgreSQL takes decides between concurrent requests; none of them can fail for an expected case.
 */
@Repository
class BookingStore {

    /** The slot's mentor may be booked: listed, and not blocked, paused or erased (as the catalogue lists them). */
    private static final String MENTOR_AVAILABLE = AccountStanding.bookableMentorWithId("s.mentor_id") + "\n";

    /** The student's active bookings that have not ended, in all and with the slot's mentor, are under the limits. */
    private static final String WITHIN_LIMITS = """
             AND (SELECT count(*) FROM bookings b JOIN slots o ON o.id = b.slot_id
                   WHERE b.student_id = :student AND b.status IN """ + ACTIVE + """
                     AND o.ends_at > :now) < :perStudent
             AND (SELECT count(*) FROM bookings b JOIN slots o ON o.id = b.slot_id
                   WHERE b.student_id = :student AND b.status IN """ + ACTIVE + """
                     AND o.ends_at > :now AND o.mentor_id = s.mentor_id) < :perPair
            """;

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Taken(long slotId, long mentorId, Price price) {
    }

    record Price(long minor, String currency) {
    }

    record Expired(long bookingId, long slotId) {
    }

    /** A slot as seen when a booking of it was refused, to tell the student why. */
    record SlotFacts(long mentorId, String status, Instant startsAt, boolean mentorAvailable, Long holder) {
    }

    /** An active booking locked for a change by its student, with the start of the slot it holds. */
    record Held(long bookingId, long slotId, long mentorId, Instant startsAt) {
    }

    /** A booking just cancelled: the slot it held and the status it had. */
    record Cancelled(long slotId, BookingStatus previousStatus) {
    }

    /** How many upcoming bookings a student may hold: in all, and with the mentor of the slot being taken. */
    record Limits(int perStudent, int perPair) {
    }

    /**
     * Makes the student's bookings wait for each other until the end of the transaction, so that counting the
     * student's active bookings and adding one is a single step: two presses at once cannot both pass a limit. Taken
     * before the slot's row lock, in its own statement, so the count that follows sees what the previous booking
     * committed.
     */
    void lockStudent(long studentId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('booking-student', ?))").param(studentId)
                .query((rs, n) -> 1).single();
    }

    /**
     * FREE to BOOKED, if the slot starts between {@code earliest} and {@code latest}, is not the student's own, and its
     * mentor may be booked ({@link AccountStanding#mayBeBooked}: a forged or stale slot id of an unlisted, blocked or
     * paused mentor books nothing); with {@code mentorId} set, only a slot of that mentor; with {@code limits} set,
     * only while the student holds fewer active bookings that have not ended than the limits allow (in all, and with
     * this slot's mentor). Returns the mentor's current price with it, read in the same statement.
     */
    Optional<Taken> takeSlot(long slotId, long studentId, Long mentorId, Limits limits, Instant earliest,
                             Instant latest, Instant now) {
        return jdbc.sql("""
                        WITH taken AS (
                            UPDATE slots s SET status = 'BOOKED', updated_at = :now
                             WHERE s.id = :slot AND s.status = 'FREE' AND s.starts_at >= :earliest
                               AND s.starts_at <= :latest AND s.mentor_id <> :student AND
                        """ + MENTOR_AVAILABLE + (mentorId == null ? "" : " AND s.mentor_id = :mentor")
                        + (limits == null ? "" : WITHIN_LIMITS) + """
                            RETURNING s.id, s.mentor_id)
                        SELECT taken.id, taken.mentor_id, p.price_minor, p.currency
                          FROM taken LEFT JOIN mentor_profiles p ON p.user_id = taken.mentor_id
                        """)
                .param("now", utc(now)).param("slot", slotId).param("earliest", utc(earliest))
                .param("latest", utc(latest)).param("student", studentId).param("mentor", mentorId == null ? 0 : mentorId)
                .param("perStudent", limits == null ? 0 : limits.perStudent())
                .param("perPair", limits == null ? 0 : limits.perPair())
                .query((rs, n) -> new Taken(rs.getLong("id"), rs.getLong("mentor_id"),
                        rs.getString("currency") == null ? new Price(0, "UAH")
                                : new Price(rs.getLong("price_minor"), rs.getString("currency").trim())))
                .optional();
    }

    /** The student's active bookings that have not ended: in all, and with the given mentor. */
    record Active(int total, int withMentor) {
    }

    Active active(long studentId, long mentorId, Instant now) {
        return jdbc.sql("SELECT count(*) AS total, count(*) FILTER (WHERE s.mentor_id = :mentor) AS with_mentor"
                        + " FROM bookings b JOIN slots s ON s.id = b.slot_id"
                        + " WHERE b.student_id = :student AND b.status IN " + ACTIVE + " AND s.ends_at > :now")
                .param("mentor", mentorId).param("student", studentId).param("now", utc(now))
                .query((rs, n) -> new Active(rs.getInt("total"), rs.getInt("with_mentor"))).single();
    }

    /**
     * Inserts the booking of a slot just taken and reads it back as a view, in one statement; empty only if the slot
     * (against the rules) already had one.
     */
    Optional<BookingView> insert(long slotId, long studentId, String note, BookingStatus status, Price price,
                                 Instant holdUntil, Instant now) {
        return jdbc.sql("""
                        WITH b AS (
                            INSERT INTO bookings (slot_id, student_id, status, note, price_minor, currency,
                                                  created_at, updated_at, confirmed_at, hold_until)
                            VALUES (:slot, :student, :status, :note, :price, :currency, :now, :now, :confirmed, :hold)
                            ON CONFLICT DO NOTHING
                            RETURNING *)
                        """ + BookingRows.COLUMNS + " FROM b " + BookingRows.JOINS)
                .param("slot", slotId).param("student", studentId).param("status", status.name())
                .param("note", note).param("price", price.minor()).param("currency", price.currency())
                .param("now", utc(now))
                .param("confirmed", status == BookingStatus.CONFIRMED ? utc(now) : null)
                .param("hold", holdUntil == null ? null : utc(holdUntil))
                .query(BookingRows::view).optional();
    }

    Optional<SlotFacts> slotFacts(long slotId) {
        return jdbc.sql("SELECT s.mentor_id, s.status, s.starts_at, " + MENTOR_AVAILABLE + " AS available, "
                        + "(SELECT b.student_id FROM bookings b WHERE b.slot_id = s.id AND b.status IN " + ACTIVE
                        + ") AS holder FROM slots s WHERE s.id = ?")
                .param(slotId)
                .query((rs, n) -> new SlotFacts(rs.getLong("mentor_id"), rs.getString("status"),
                        BookingRows.instant(rs, "starts_at"), rs.getBoolean("available"),
                        rs.getObject("holder", Long.class)))
                .optional();
    }

    /** PENDING_PAYMENT to CONFIRMED while the hold lasts. */
    boolean confirm(long bookingId, long studentId, Instant now) {
        return jdbc.sql("""
                        UPDATE bookings SET status = 'CONFIRMED', confirmed_at = :now, updated_at = :now
                         WHERE id = :booking AND student_id = :student AND status = 'PENDING_PAYMENT'
                           AND hold_until > :now
                        """)
                .param("now", utc(now)).param("booking", bookingId).param("student", studentId).update() == 1;
    }

    /** Cancels the bookings whose hold has run out and frees their slots; returns the bookings cancelled. */
    List<Long> expireHolds(Instant now, String reason) {
        List<Expired> expired = jdbc.sql("""
                        UPDATE bookings SET status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
                               updated_at = :now, revision = revision + 1
                         WHERE status = 'PENDING_PAYMENT' AND hold_until <= :now
                        RETURNING id, slot_id
                        """)
                .param("now", utc(now)).param("reason", reason)
                .query((rs, n) -> new Expired(rs.getLong("id"), rs.getLong("slot_id"))).list();
        expired.forEach(booking -> release(booking.slotId(), "FREE", now));
        return expired.stream().map(Expired::bookingId).toList();
    }

    /**
     * Cancels an active booking of the student: any time before the start while it awaits payment, once confirmed
     * only if it starts at {@code limit} or later.
     */
    Optional<Cancelled> cancelByStudent(long bookingId, long studentId, String reason, Instant limit, Instant now) {
        return cancel(bookingId, studentId, reason, limit, now, """
                b.student_id = :actor AND (s.starts_at >= :limit OR (b.status = 'PENDING_PAYMENT' AND s.starts_at > :now))
                """);
    }

    /** Cancels an active booking of one of the mentor's slots that has not started. */
    Optional<Cancelled> cancelByMentor(long bookingId, long mentorId, String reason, Instant now) {
        return cancel(bookingId, mentorId, reason, now, now, "s.mentor_id = :actor AND s.starts_at > :limit");
    }

    /**
     * An admin may cancel any active booking that has not ended; the actor's admin flag is read in the same
     * statement, so rights withdrawn a moment ago cancel nothing.
     */
    Optional<Cancelled> cancelByAdmin(long bookingId, long adminId, String reason, Instant now) {
        return cancel(bookingId, adminId, reason, now, now,
                "s.ends_at > :limit AND EXISTS (SELECT 1 FROM users a WHERE a.id = :actor AND a.is_admin)");
    }

    /** Whether the account is an admin now, as the database has it. */
    boolean isAdmin(long accountId) {
        return jdbc.sql("SELECT count(*) FROM users WHERE id = ? AND is_admin").param(accountId)
                .query(Long.class).single() > 0;
    }

    // The status before comes from the row as this statement found it (a self-join: RETURNING shows new values only).
    private Optional<Cancelled> cancel(long bookingId, long actorId, String reason, Instant limit, Instant now,
                                  String rule) {
        return jdbc.sql("""
                        UPDATE bookings b SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :actor,
                               cancel_reason = :reason, updated_at = :now, revision = b.revision + 1
                          FROM slots s, bookings old
                         WHERE b.id = :booking AND s.id = b.slot_id AND old.id = b.id AND b.status IN
                        """ + ACTIVE + " AND " + rule + " RETURNING b.slot_id, old.status AS previous_status")
                .param("now", utc(now)).param("actor", actorId).param("reason", reason)
                .param("booking", bookingId).param("limit", utc(limit))
                .query((rs, n) -> new Cancelled(rs.getLong("slot_id"),
                        BookingStatus.valueOf(rs.getString("previous_status"))))
                .optional();
    }

    /** BOOKED to FREE or BLOCKED, once its booking is gone. */
    void release(long slotId, String status, Instant now) {
        jdbc.sql("UPDATE slots SET status = :status, updated_at = :now WHERE id = :slot AND status = 'BOOKED'")
                .param("status", status).param("now", utc(now)).param("slot", slotId).update();
    }

    /**
     * Locks the student's active booking for a change, if it starts at {@code limit} or later. The lock is held to
     * the end of the transaction, and the conditions are checked again once a concurrent change has committed.
     */
    Optional<Held> lockForChange(long bookingId, long studentId, Instant limit) {
        return jdbc.sql("SELECT b.id, b.slot_id, s.mentor_id, s.starts_at FROM bookings b JOIN slots s ON s.id = b.slot_id"
                        + " WHERE b.id = :booking AND b.student_id = :student AND b.status IN " + ACTIVE
                        + " AND s.starts_at >= :limit FOR UPDATE OF b")
                .param("booking", bookingId).param("student", studentId).param("limit", utc(limit))
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getLong("slot_id"), rs.getLong("mentor_id"),
                        BookingRows.instant(rs, "starts_at")))
                .optional();
    }

    /** Moves a booking to a slot just taken; false only if that slot (against the rules) had an active booking. */
    boolean move(long bookingId, long newSlotId, Instant now) {
        return jdbc.sql("UPDATE bookings SET slot_id = :slot, updated_at = :now, revision = revision + 1"
                        + " WHERE id = :booking"
                        + " AND NOT EXISTS (SELECT 1 FROM bookings o WHERE o.slot_id = :slot AND o.status IN "
                        + ACTIVE + ")")
                .param("slot", newSlotId).param("now", utc(now)).param("booking", bookingId).update() == 1;
    }
}
