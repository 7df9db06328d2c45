package io.mentorbot.admin;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Blocks and unblocks users; configured admins cannot be blocked. Every change is audited. */
@Service
public class Blocking {

    /** What became of a block or an unblock. */
    public enum Result { DONE, ALREADY, PERMANENT_ADMIN }

    private final AccountDesk accounts;
    private final AdminAudit audit;

    Blocking(AccountDesk accounts, AdminAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public Result block(long adminId, long targetId, boolean blocked) {
        Account target = accounts.find(targetId).orElseThrow();
        if (blocked && accounts.isConfiguredAdmin(target.telegramId())) {
            return Result.PERMANENT_ADMIN;
        }
        if (target.isBlocked() == blocked) {
            return Result.ALREADY;
        }
        accounts.block(targetId, blocked);
        audit.record(adminId, blocked ? "block" : "unblock", AdminAudit.user(targetId),
                "blocked=" + !blocked, "blocked=" + blocked);
        return Result.DONE;
    }
}
