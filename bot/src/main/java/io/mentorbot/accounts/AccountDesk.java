package io.mentorbot.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers visitors and keeps their preferences: language, time zone, pause, erasure. */
@Service
public class AccountDesk {

    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final Clock clock;
    private final EntityManager entityManager;
    private final AccountIds accountIds = new AccountIds();

    AccountDesk(AccountRepository accounts, AccountSettings settings, Clock clock, EntityManager entityManager) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Recognises a visitor: creates the account on the first visit (language from the visitor's own language
     * when we speak it), refreshes names and last-seen otherwise. Admin rights follow the configured ids.
     *
     * <p>Runs on every update, so it is kept cheap: a known visitor is loaded by primary key (the account id of a
     * Telegram id never changes, so it is remembered), and the row is written only when something changed.
     */
    @Transactional
    public Visit visit(Visitor visitor) {
        Optional<Account> known = knownAccount(visitor.externalId());
        Account account = known.orElseGet(() -> register(visitor));
        boolean changed = known.isPresent() && account.seen(visitor, clock.instant());
        boolean admin = isConfiguredAdmin(visitor.externalId())
                || account.adminUntil().filter(until -> until.isAfter(clock.instant())).isPresent();
        if (account.isAdmin() != admin) {
            account.admin(admin);
            changed = true;
        }
        if (changed) {
            accounts.flush(); // other modules read users with plain SQL in the same transaction
        }
        accountIds.remember(visitor.externalId(), account.id());
        return new Visit(account, known.isEmpty());
    }

    private Optional<Account> knownAccount(long telegramId) {
        Long id = accountIds.get(telegramId);
        if (id != null) {
            Account cached = entityManager.find(Account.class, id);
            if (cached != null && Long.valueOf(telegramId).equals(cached.telegramId())) {
                return Optional.of(cached);
            }
            accountIds.forget(telegramId); // erased since, or the row is gone
        }
        return accounts.findByTelegramId(telegramId);
    }

    /** Whether the Telegram id is one of the configured, permanent admins ({@code ADMIN_TELEGRAM_IDS}). */
    public boolean isConfiguredAdmin(Long telegramId) {
        return telegramId != null && settings.adminTelegramIds().contains(telegramId);
    }

    /** Makes the account an admin until {@code until}; the rights lapse by themselves at the next visit after it. */
    @Transactional
    public Account grantAdmin(long accountId, java.time.Instant until) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.adminUntil(until);
        account.admin(true);
        accounts.flush();
        return account;
    }

    /** Withdraws a temporary grant; a configured admin stays one. */
    @Transactional
    public Account revokeAdmin(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.adminUntil(null);
        account.admin(isConfiguredAdmin(account.telegramId()));
        accounts.flush();
        return account;
    }

    /**
     * Ends every temporary admin grant whose time has come (whether or not the user visited since): the grant is
     * cleared and the admin flag follows the configuration again. Returns the accounts that changed.
     */
    @Transactional
    public List<Account> endLapsedAdminGrants() {
        List<Account> lapsed = accounts.findByAdminUntilLessThanEqual(clock.instant());
        for (Account account : lapsed) {
            account.adminUntil(null);
            account.admin(isConfiguredAdmin(account.telegramId()));
        }
        accounts.flush();
        return lapsed;
    }

    /** Blocks or unblocks the account: a blocked user is only told that they are blocked. */
    @Transactional
    public Account block(long accountId, boolean blocked) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.blocked(blocked);
        accounts.flush();
        return account;
    }

    /**
     * Records that Telegram refused a message to this chat because the person blocked the bot (or deleted their
     * account): no reminders or notices go there until they write to the bot again. True when an account changed.
     */
    @Transactional
    public boolean markUnreachable(long chatId) {
        List<Account> found = accounts.findByChatId(chatId);
        found.stream().filter(account -> !account.isUnreachable()).forEach(account -> account.unreachable(clock.instant()));
        accounts.flush();
        return !found.isEmpty();
    }

    private Account register(Visitor visitor) {
        Language language = Language.fromTag(visitor.languageTag()).orElse(settings.defaultLanguage());
        try {
            return accounts.saveAndFlush(new Account(visitor, language, settings.defaultTimeZone(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // Two first updates of one person raced; the other one registered them.
            return accounts.findByTelegramId(visitor.externalId()).orElseThrow(() -> raced);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByTelegramId(long telegramId) {
        return accounts.findByTelegramId(telegramId);
    }

    /** Finds an active account by Telegram username, with or without the leading @, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        String bare = username.startsWith("@") ? username.substring(1) : username;
        return accounts.findFirstByUsernameIgnoreCaseAndDeletedFalse(bare);
    }

    /** Grants or withdraws mentor rights. */
    @Transactional
    public Account makeMentor(long accountId, boolean mentor) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.mentor(mentor);
        accounts.flush();
        return account;
    }

    @Transactional(readOnly = true)
    public List<Account> admins() {
        return accounts.findByAdminTrueAndDeletedFalse();
    }

    @Transactional(readOnly = true)
    public List<Account> mentors() {
        return accounts.findByMentorTrueAndDeletedFalse();
    }

    @Transactional
    public Account changeLanguage(long accountId, Language language) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.language(language);
        accounts.flush();
        return account;
    }

    @Transactional
    public Account changeTimeZone(long accountId, ZoneId zone) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.zone(zone);
        accounts.flush();
        return account;
    }

    /**
     * Stores an e-mail address as verified. Only for an address whose owner has just proven to receive it (typed
     * back the code sent there): the caller checked that.
     */
    @Transactional
    public Account verifyEmail(long accountId, String address) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.verifiedEmail(address);
        accounts.flush();
        return account;
    }

    /** Forgets the account's e-mail address; true when there was one. */
    @Transactional
    public boolean removeEmail(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        boolean had = account.email() != null;
        account.verifiedEmail(null);
        accounts.flush();
        return had;
    }

    /** Pauses or resumes the account: a paused account gets no reminders or notices. */
    @Transactional
    public Account pause(long accountId, boolean paused) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.paused(paused);
        accounts.flush();
        return account;
    }

    /** Erases the person's data; the row stays (anonymous) so shared history keeps its integrity. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void erase(long accountId) {
        accounts.findById(accountId).ifPresent(Account::erase);
        accounts.flush();
    }
}
