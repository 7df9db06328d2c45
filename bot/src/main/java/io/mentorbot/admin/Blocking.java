package io.mentorbot.admin;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks and unblocks users; configured admins cannot be blocked. The acting admin is checked in the database, the
 * change is one conditional statement (of two identical requests, one changes and the other is told "already"), the
 * audit entry is written with it, and {@link AccountBlocked} or {@link AccountUnblocked} is published.
 */
@Service
public class Blocking {

    /** What became of a block or an unblock. */
    public enum Result { DONE, ALREADY, PERMANENT_ADMIN, NOT_ADMIN }

    private final AccountDesk accounts;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    Blocking(AccountDesk accounts, AdminAudit audit, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Result block(long adminId, long targetId, boolean blocked) {
        if (!accounts.isAdminNow(adminId)) {
            return Result.NOT_ADMIN;
        }
        Account target = accounts.find(targetId).orElseThrow();
        if (blocked && accounts.isConfiguredAdmin(target.telegramId())) {
            return Result.PERMANENT_ADMIN;
        }
        if (!accounts.changeBlocked(targetId, blocked)) {
            return Result.ALREADY;
        }
        audit.record(adminId, blocked ? "block" : "unblock", AdminAudit.user(targetId),
                "blocked=" + !blocked, "blocked=" + blocked);
        events.publishEvent(blocked ? new AccountBlocked(adminId, targetId) : new AccountUnblocked(adminId, targetId));
        return Result.DONE;
    }
}
