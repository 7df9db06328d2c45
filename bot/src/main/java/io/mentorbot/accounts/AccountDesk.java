package io.mentorbot.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.database.TransactionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers visitors and keeps their preferences: language, time zone, pause, erasure. */
@Service
public class AccountDesk {

    /** The transaction resource key of the accounts handed out by {@link #visit} (see {@link #visited}). */
    private static final Object VISITED = new Object();
    /** The transaction resource key of an account read along with another statement (see {@link #readAlong}). */
    private static final Object READ_ALONG = new Object();

    /**
     * The statement {@link #visit} reads a visitor's account with (one parameter: the Telegram id), for a caller that
     * sends it in the same round trip as its own statements and hands the result to {@link #readAlong}.
     */
    public static final String ACCOUNT_OF_TELEGRAM_ID =
            "SELECT " + Account.COLUMNS + " FROM users WHERE telegram_id = ?";

    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccountDesk(AccountRepository accounts, AccountSettings settings, Clock clock, JdbcClient jdbc,
                ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Recognises a visitor: creates the account on the first visit (language from the visitor's own language
     * when we speak it), refreshes names and last-seen otherwise. Admin rights follow the configured ids.
     *
     * <p>Runs on every update, so it is kept cheap: plain statements instead of the persistence context (one read
     * by the unique Telegram id; one insert for a newcomer), and the row is written only when something changed.
     * The account returned is not managed: every change to an account goes through this desk, which writes it.
     */
    @Transactional
    public Visit visit(Visitor visitor) {
        Optional<Account> known = takeReadAlong(visitor.externalId())
                .orElseGet(() -> byTelegramId(visitor.externalId()));
        Account account = known.orElseGet(() -> register(visitor));
        boolean changed = known.isPresent() && account.seen(visitor, clock.instant());
        boolean admin = isConfiguredAdmin(visitor.externalId())
                || account.adminUntil().filter(until -> until.isAfter(clock.instant())).isPresent();
        if (account.isAdmin() != admin) {
            account.admin(admin);
            changed = true;
        }
        if (changed) {
            jdbc.sql("""
                    UPDATE users SET chat_id = ?, first_name = ?, last_name = ?, username = ?, last_seen_at = ?,
                                     unreachable_since = NULL, is_admin = ?
                     WHERE id = ?""")
                    .params(account.chatId(), account.firstName(), account.lastName(), account.username(),
                            timestamp(account.lastSeenAt()), account.isAdmin(), account.id())
                    .update();
        }
        visited(account);
        return new Visit(account, known.isEmpty());
    }

    /**
     * The result of {@link #ACCOUNT_OF_TELEGRAM_ID} for this Telegram id, read in the current transaction along with
     * the caller's own statements (its rows, at most one): the next visit of that id in the transaction uses it
     * instead of reading again, one round trip less per update. Outside a transaction it is ignored.
     */
    public void readAlong(long telegramId, ResultSet rows) throws SQLException {
        TransactionScope.keep(READ_ALONG,
                new ReadAlong(telegramId, rows.next() ? Optional.of(Account.read(rows)) : Optional.empty()));
    }

    /** The account read along for this Telegram id, once (it is handed out, and may change); empty if none was. */
    private static Optional<Optional<Account>> takeReadAlong(long telegramId) {
        if (!(TransactionScope.get(READ_ALONG) instanceof ReadAlong read) || read.telegramId() != telegramId) {
            return Optional.empty();
        }
        TransactionScope.forget(READ_ALONG);
        return Optional.of(read.account());
    }

    private record ReadAlong(long telegramId, Optional<Account> account) {
    }

    /**
     * Remembers the account a visit handed out until the transaction ends, so that a change made through this desk
     * later in the same transaction (a new language, a pause ...) shows in it at once: the handler answers from it.
     */
    private static void visited(Account account) {
        @SuppressWarnings("unchecked")
        Map<Long, Account> visited = (Map<Long, Account>) TransactionScope.get(VISITED);
        if (visited == null) {
            visited = new HashMap<>();
            if (!TransactionScope.keep(VISITED, visited)) {
                return;
            }
        }
        visited.put(account.id(), account);
    }

    /** Flushes a changed account and shows the change in the visited copy of it, if this transaction has one. */
    private Account changed(Account account) {
        accounts.flush();
        @SuppressWarnings("unchecked")
        Map<Long, Account> visited = (Map<Long, Account>) TransactionScope.get(VISITED);
        Account copy = visited == null ? null : visited.get(account.id());
        if (copy != null && copy != account) {
            copy.copyFrom(account);
        }
        return account;
    }

    /** The language for someone whose messenger reports this language tag: theirs if we speak it, else the default. */
    public Language languageFor(String languageTag) {
        return Language.fromTag(languageTag).orElse(settings.defaultLanguage());
    }

    /**
     * The language a Telegram user reads: the one their account chose, else their messenger's (as
     * {@link #languageFor}). If the account cannot be read (the database may be what failed), the messenger's.
     */
    public Language languageOf(long telegramId, String languageTag) {
        Language fromMessenger = languageFor(languageTag);
        try {
            return findByTelegramId(telegramId).map(Account::language).orElse(fromMessenger);
        } catch (RuntimeException e) {
            return fromMessenger;
        }
    }

    /** A newcomer's account; when two first updates of one person race, the one that lost reads the winner's. */
    private Account register(Visitor visitor) {
        Language language = languageFor(visitor.languageTag());
        Account fresh = new Account(visitor, language, settings.defaultTimeZone(), clock.instant());
        return jdbc.sql("""
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, username, language, time_zone,
                                   created_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (telegram_id) DO NOTHING
                RETURNING\s""" + Account.COLUMNS)
                .params(fresh.telegramId(), fresh.chatId(), fresh.firstName(), fresh.lastName(), fresh.username(),
                        fresh.language().name(), fresh.zone().getId(), timestamp(fresh.createdAt()),
                        timestamp(fresh.lastSeenAt()))
                .query((row, n) -> Account.read(row)).optional()
                .orElseGet(() -> byTelegramId(visitor.externalId()).orElseThrow());
    }

    /** The account of a Telegram id, read without the persistence context. */
    private Optional<Account> byTelegramId(long telegramId) {
        return jdbc.sql(ACCOUNT_OF_TELEGRAM_ID)
                .param(telegramId).query((row, n) -> Account.read(row)).optional();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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
        return changed(account);
    }

    /** Withdraws a temporary grant; a configured admin stays one. */
    @Transactional
    public Account revokeAdmin(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.adminUntil(null);
        account.admin(isConfiguredAdmin(account.telegramId()));
        return changed(account);
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
        lapsed.forEach(this::changed);
        return lapsed;
    }

    /** Blocks or unblocks the account: a blocked user is only told that they are blocked. */
    @Transactional
    public Account block(long accountId, boolean blocked) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.blocked(blocked);
        return changed(account);
    }

    /**
     * Records that Telegram refused a message to this chat because the person blocked the bot (or deleted their
     * account): no reminders or notices go there until they write to the bot again. True when an account changed.
     */
    @Transactional
    public boolean markUnreachable(long chatId) {
        List<Account> found = accounts.findByChatId(chatId);
        found.stream().filter(account -> !account.isUnreachable()).forEach(account -> account.unreachable(clock.instant()));
        found.forEach(this::changed);
        return !found.isEmpty();
    }

    /**
     * An account by id, read with a plain statement (not managed, like the visited one): screens and notices ask for
     * other people's accounts on the way, and a persistence-context load cost several times the read. Every change
     * through this desk is flushed at once, so the read sees it. One statement needs no transaction of its own: it
     * joins the caller's, or runs on its own (no BEGIN and COMMIT round trips).
     */
    public Optional<Account> find(long accountId) {
        return jdbc.sql("SELECT " + Account.COLUMNS + " FROM users WHERE id = ?")
                .param(accountId).query((row, n) -> Account.read(row)).optional();
    }

    /**
     * The account as the current transaction's visit handed it out (with the changes made through this desk since),
     * when {@code accountId} is that visitor's; otherwise read as {@link #find} does. Also in the transaction's
     * after-commit listeners, which still see what the transaction kept: the turn already knows its own user.
     */
    public Optional<Account> visitedOrFind(long accountId) {
        @SuppressWarnings("unchecked")
        Map<Long, Account> visited = (Map<Long, Account>) TransactionScope.get(VISITED);
        Account account = visited == null ? null : visited.get(accountId);
        return account != null ? Optional.of(account) : find(accountId);
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
        return changed(account);
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
        return changed(account);
    }

    @Transactional
    public Account changeTimeZone(long accountId, ZoneId zone) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.zone(zone);
        return changed(account);
    }

    /**
     * Stores an e-mail address as verified. Only for an address whose owner has just proven to receive it (typed
     * back the code sent there): the caller checked that.
     */
    @Transactional
    public Account verifyEmail(long accountId, String address) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.verifiedEmail(address);
        return changed(account);
    }

    /** Forgets the account's e-mail address; true when there was one. */
    @Transactional
    public boolean removeEmail(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        boolean had = account.email() != null;
        account.verifiedEmail(null);
        changed(account);
        return had;
    }

    /** Pauses or resumes the account: a paused account gets no reminders or notices. */
    @Transactional
    public Account pause(long accountId, boolean paused) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.paused(paused);
        return changed(account);
    }

    /**
     * Erases the person's data; the row stays (anonymous) so shared history keeps its integrity. Publishes
     * {@link AccountErased} in this transaction: every module forgets its part before it commits, and if any of them
     * fails, nothing is erased. The row is locked first, so two erasures of one account run one after the other and
     * the second finds nothing left to do.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void erase(long accountId) {
        jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE").param(accountId).query(Long.class).optional();
        accounts.findById(accountId).filter(account -> !account.isDeleted()).ifPresent(account -> {
            AccountErased erased = AccountErased.of(account);
            account.erase();
            changed(account);
            events.publishEvent(erased);
        });
    }

    /**
     * Whether the account is an admin now, read from the database (not from a screen's copy): flagged admin, neither
     * erased nor blocked, and any temporary grant still running. Every admin use case asks this of its actor.
     */
    @Transactional(readOnly = true)
    public boolean isAdminNow(long accountId) {
        return accounts.isAdminAt(accountId, clock.instant());
    }

    /** Gives or takes mentor rights in one conditional statement; true only for the call that changed the role. */
    @Transactional
    public boolean changeMentorRole(long accountId, boolean mentor) {
        return accounts.changeMentorRole(accountId, mentor) == 1;
    }

    /** Blocks or unblocks in one conditional statement; true only for the call that changed it. */
    @Transactional
    public boolean changeBlocked(long accountId, boolean blocked) {
        return accounts.changeBlocked(accountId, blocked) == 1;
    }

    /** Makes the account an admin until {@code until} (replacing an earlier grant); false for an erased account. */
    @Transactional
    public boolean grantAdminUntil(long accountId, Instant until) {
        return accounts.grantAdminUntil(accountId, until) == 1;
    }

    /**
     * Withdraws a temporary grant in one conditional statement; false when there was nothing to withdraw. Callers
     * keep configured admins out of it (they are admins by configuration, not by grant).
     */
    @Transactional
    public boolean revokeAdminGrant(long accountId) {
        return accounts.revokeAdminGrant(accountId) == 1;
    }

    /** The accounts whose temporary admin grant has run out and not been ended yet. */
    @Transactional(readOnly = true)
    public List<Long> withLapsedAdminGrants() {
        return accounts.idsWithLapsedAdminGrants(clock.instant());
    }

    /** Ends the account's temporary grant if it has run out by now; true only for the call that ended it. */
    @Transactional
    public boolean endAdminGrantIfLapsed(long accountId) {
        return accounts.endAdminGrantIfLapsed(accountId, clock.instant()) == 1;
    }
}
