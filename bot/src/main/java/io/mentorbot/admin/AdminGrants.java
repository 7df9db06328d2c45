package io.mentorbot.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    public enum Grant { GRANTED, PERMANENT, SELF, NOT_ALLOWED, GONE }

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
     * admin and not the target, and the target is not a configured admin already. Audited, and announced as
     * {@link AdminGranted}.
     */
    @Transactional
    public GrantOutcome grant(long adminId, long targetId, Duration length) {
        return grantUntil(adminId, targetId, clock.instant().plus(length));
    }

    /** As {@link #grant}, up to a given moment (the caller keeps it within {@link GrantLength#MAX} from now). */
    @Transactional
    public GrantOutcome grantUntil(long adminId, long targetId, Instant until) {
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
        if (!accounts.grantAdminUntil(targetId, until)) {
            return new GrantOutcome(Grant.GONE, before);
        }
        Account after = accounts.find(targetId).orElseThrow();
        audit.record(adminId, "grant-admin", AdminAudit.user(targetId), state(before), state(after));
        events.publishEvent(new AdminGranted(adminId, targetId, until));
        return new GrantOutcome(Grant.GRANTED, after);
    }

    /**
     * Ends a temporary grant early, if the revoker is a configured admin; of two identical revocations one revokes
     * and the other finds no admin. Audited, and announced as {@link AdminRevoked}.
     */
    @Transactional
    public Revocation revoke(long adminId, long targetId) {
        if (!mayChangeAdminRights(adminId)) {
            return Revocation.NOT_ALLOWED;
        }
        Account target = accounts.find(targetId).orElseThrow();
        if (isPermanent(target)) {
            return Revocation.PERMANENT;
        }
        if (!accounts.revokeAdminGrant(targetId)) {
            return Revocation.NOT_AN_ADMIN;
        }
        Account after = accounts.find(targetId).orElseThrow();
        audit.record(adminId, "revoke-admin", AdminAudit.user(targetId), state(target), state(after));
        events.publishEvent(new AdminRevoked(adminId, targetId));
        return Revocation.REVOKED;
    }

    /**
     * Ends the temporary grants whose time has come, each in one conditional statement, audits each and announces it
     * ({@link AdminGrantLapsed}), so the user's command menu can lose its admin commands. Run every minute by
     * {@link AdminGrantExpiryJob}.
     */
    @Transactional
    public int endLapsed() {
        int ended = 0;
        for (long accountId : accounts.withLapsedAdminGrants()) {
            if (accounts.endAdminGrantIfLapsed(accountId)) {
                Account account = accounts.find(accountId).orElseThrow();
                audit.recordAutomatic("admin-lapsed", AdminAudit.user(accountId), "admin=true", state(account));
                events.publishEvent(new AdminGrantLapsed(accountId));
                ended++;
            }
        }
        return ended;
    }

    /**
     * Whether the account may grant and revoke admin rights: only a configured admin, whose rights have no end, read
     * from the database.
     */
    public boolean mayChangeAdminRights(long accountId) {
        return accounts.find(accountId).filter(this::isPermanent).isPresent() && accounts.isAdminNow(accountId);
    }

    private static String state(Account account) {
        return "admin=" + account.isAdmin() + account.adminUntil().map(until -> ", until=" + until).orElse("");
    }
}
