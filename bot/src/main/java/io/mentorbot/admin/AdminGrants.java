package io.mentorbot.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary admin rights: granted for a while by an admin, lapsing by themselves (the admin flag is refreshed on
 * every visit), or revoked early. The configured admins are admins for good and cannot be revoked here.
 */
@Service
public class AdminGrants {

    /** What became of a revocation. */
    public enum Revocation { REVOKED, PERMANENT, NOT_AN_ADMIN }

    private final AccountDesk accounts;
    private final AdminAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdminGrants(AccountDesk accounts, AdminAudit audit, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the account is a configured (permanent) admin. */
    public boolean isPermanent(Account account) {
        return accounts.isConfiguredAdmin(account.telegramId());
    }

    /** Grants admin rights for {@code length} from now (replacing an earlier grant); returns the account. */
    @Transactional
    public Account grant(long adminId, long targetId, Duration length) {
        Account before = accounts.find(targetId).orElseThrow();
        String was = state(before);
        Instant until = clock.instant().plus(length);
        Account after = accounts.grantAdmin(targetId, until);
        audit.record(adminId, "grant-admin", AdminAudit.user(targetId), was, state(after));
        return after;
    }

    @Transactional
    public Revocation revoke(long adminId, long targetId) {
        Account target = accounts.find(targetId).orElseThrow();
        if (isPermanent(target)) {
            return Revocation.PERMANENT;
        }
        if (target.adminUntil().isEmpty() && !target.isAdmin()) {
            return Revocation.NOT_AN_ADMIN;
        }
        String was = state(target);
        Account after = accounts.revokeAdmin(targetId);
        audit.record(adminId, "revoke-admin", AdminAudit.user(targetId), was, state(after));
        return Revocation.REVOKED;
    }

    /**
     * Ends the temporary grants whose time has come, audits each and announces it ({@link AdminGrantLapsed}), so the
     * user's command menu can lose its admin commands. Run every minute by {@link AdminGrantExpiryJob}.
     */
    @Transactional
    public int endLapsed() {
        List<Account> lapsed = accounts.endLapsedAdminGrants();
        for (Account account : lapsed) {
            audit.recordAutomatic("admin-lapsed", AdminAudit.user(account.id()), "admin=true", state(account));
            events.publishEvent(new AdminGrantLapsed(account.id()));
        }
        return lapsed.size();
    }

    private static String state(Account account) {
        return "admin=" + account.isAdmin() + account.adminUntil().map(until -> ", until=" + until).orElse("");
    }
}
