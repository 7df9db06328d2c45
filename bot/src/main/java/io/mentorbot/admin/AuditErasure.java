package io.mentorbot.admin;

import io.mentorbot.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log keeps who did what to whom when a person erases their account (ids, actions, states), but no free
 * text about them or by them: in the entries they made as an admin, about them, and about their bookings and slots,
 * reasons and names are replaced with "(erased)". In the erasing transaction.
 */
@Component
class AuditErasure {

    private final JdbcClient jdbc;

    AuditErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountErased event) {
        jdbc.sql("""
                UPDATE admin_audit
                   SET before = regexp_replace(before, :free, '\\1\\2=(erased)'),
                       after = regexp_replace(after, :free, '\\1\\2=(erased)')
                 WHERE (before ~ :free OR after ~ :free)
                   AND (admin_id = :account OR target = 'user:' || :account
                        OR target IN (SELECT 'booking:' || b.id FROM bookings b JOIN slots s ON s.id = b.slot_id
                                       WHERE b.student_id = :account OR s.mentor_id = :account)
                        OR target IN (SELECT 'slot:' || id FROM slots WHERE mentor_id = :account))
                """).param("free", AdminAudit.FREE_TEXT).param("account", event.accountId()).update();
    }
}
