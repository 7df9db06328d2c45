package io.mentorbot.slots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.mentorbot.support.BotFlowTest;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Mentors, students and slots for the slot tests, and a planner whose clock stands still. */
abstract class SlotFixtures extends BotFlowTest {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** "Now" for the fixed-clock planner: Tuesday 15 January 2030, 10:30 in Kyiv. */
    static final Instant NOW = Instant.parse("2030-01-15T08:30:00Z");

    @Autowired
    private SlotStore store;
    @Autowired
    private SlotSettings settings;
    @Autowired
    private PlatformTransactionManager transactions;

    /**
     * A planner like the application's, but with its clock at {@code now}: the planning horizon (a year by default)
     * would otherwise refuse the fixed 2030 dates the daylight saving cases need. Transactional like the bean.
     */
    SlotPlanner plannerAt(Instant now) {
        ProxyFactory proxy = new ProxyFactory(new SlotPlanner(store, settings, Clock.fixed(now, ZoneOffset.UTC)));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (SlotPlanner) proxy.getProxy();
    }

    long mentor(long telegramId) {
        return jdbc.sql("INSERT INTO users (telegram_id, language, time_zone, is_mentor) "
                        + "VALUES (?, 'EN', 'Europe/Kyiv', true) RETURNING id")
                .param(telegramId).query(Long.class).single();
    }

    long student(long telegramId, String firstName, String lastName, String username) {
        return jdbc.sql("INSERT INTO users (telegram_id, first_name, last_name, username, language, time_zone) "
                        + "VALUES (?, ?, ?, ?, 'EN', 'Europe/Kyiv') RETURNING id")
                .params(telegramId, firstName, lastName, username).query(Long.class).single();
    }

    /** Books a slot the way the bookings module will: the slot turns BOOKED and gets an active booking. */
    void book(long slotId, long studentId) {
        jdbc.sql("UPDATE slots SET status = 'BOOKED' WHERE id = ?").param(slotId).update();
        jdbc.sql("INSERT INTO bookings (slot_id, student_id, status) VALUES (?, ?, 'CONFIRMED')")
                .params(slotId, studentId).update();
    }

    long insertSlot(long mentorId, String startsAt, String endsAt, String status) {
        return jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at, status) "
                        + "VALUES (?, ?::timestamptz, ?::timestamptz, ?) RETURNING id")
                .params(mentorId, startsAt, endsAt, status).query(Long.class).single();
    }

    String status(long slotId) {
        return jdbc.sql("SELECT status FROM slots WHERE id = ?").param(slotId).query(String.class).single();
    }

    /** The starts of the mentor's stored slots, in time order. */
    List<Instant> storedStarts(long mentorId) {
        return jdbc.sql("SELECT starts_at FROM slots WHERE mentor_id = ? ORDER BY starts_at").param(mentorId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    static LocalDateTime inKyiv(Instant instant) {
        return LocalDateTime.ofInstant(instant, KYIV);
    }

    static Instant utc(String instant) {
        return Instant.parse(instant);
    }
}
