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
 * Temporary admin rights: granted for a while by a configured admin, lapsing by themselves (the admin flag is
 * refreshed on every visit), or revoked early. The configured admins are admins for good and cannot be revoked here.
 * Only they grant or revoke: a temporary admin's grant could outlast their own, or renew it through a friend; and
 * nobody grants themselves anything.
 */
@Service
public class AdminGrants {

    /** What became of a grant. */
    public enum Grant { GRANTED, PERMANENT, SELF, NOT_ALLOWED }

    /** What became of a revocation. */
    public enum Revocation { REVOKED, PERMANENT, NOT_AN_ADMIN, NOT_ALLOWED }

    /** A grant's result and the target's account after it (unchanged unless granted). */
    public record GrantOutcome(Grant result, Account account) {
    }

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

    /**
     * Grants admin rights for {@code length} from now (replacing an earlier grant), if the granter is a configured
     * admin and not the target, and the target is not a configured admin already.
     */
    @Transactional
    public GrantOutcome grant(long adminId, long targetId, Duration length) {
        Account before = accounts.find(targetId).orElseThrow();
        if (adminId == targetId) {
            return new GrantOutcome(Grant.SELF, before);
        }
        if (!mayChangeAdminRights(adminId)) {
            return new GrantOutcome(Grant.NOT_ALLOWED, before);
        }
        if (isPermanent(before)) {
            return new GrantOutcome(Grant.PERMANENT, before);
        }
        String was = state(before);
        Instant until = clock.instant().plus(length);
        Account after = accounts.grantAdmin(targetId, until);
        audit.record(adminId, "grant-admin", AdminAudit.user(targetId), was, state(after));
        return new GrantOutcome(Grant.GRANTED, after);
    }

    /** Ends a temporary grant early, if the revoker is a configured admin. */
    @Transactional
    public Revocation revoke(long adminId, long targetId) {
        if (!mayChangeAdminRights(adminId)) {
            return Revocation.NOT_ALLOWED;
        }
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

    /** Whether the account may grant and revoke admin rights: only a configured admin, whose rights have no end. */
    public boolean mayChangeAdminRights(long accountId) {
        return accounts.find(accountId).filter(this::isPermanent).isPresent();
    }

    private static String state(Account account) {
        return "admin=" + account.isAdmin() + account.adminUntil().map(until -> ", until=" + until).orElse("");
    }
}
