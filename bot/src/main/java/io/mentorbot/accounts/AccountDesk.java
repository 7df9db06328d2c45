package io.mentorbot.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers visitors and keeps their preferences: language, time zone, pause, erasure. */
@Service
public class AccountDesk {

    /**
     * The visitor's account, and whether this statement registered it: a newcomer's row is inserted unless one exists
     * (two first updates of one person may race; the loser inserts nothing and then reads the winner's row). The
     * insert runs only when no row was found, so a known visitor's update writes nothing here.
     */
    private static final String FIND_OR_REGISTER = """
            WITH known AS (
                SELECT * FROM users WHERE telegram_id = :telegramId),
            registered AS (
                INSERT INTO users (telegram_id, chat_id, first_name, last_name, username, language, time_zone,
                                   created_at, last_seen_at)
                SELECT :telegramId, :chatId, :firstName, :lastName, :username, :language, :timeZone, :now, :now
                 WHERE NOT EXISTS (SELECT 1 FROM known)
                ON CONFLICT (telegram_id) DO NOTHING
                RETURNING *)
            SELECT known.*, false AS newcomer FROM known
            UNION ALL
            SELECT registered.*, true AS newcomer FROM registered
            """;

    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final Clock clock;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;

    AccountDesk(AccountRepository accounts, AccountSettings settings, Clock clock, EntityManager entities,
                ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.entities = entities;
        this.events = events;
    }

    /**
     * Recognises a visitor: creates the account on the first visit (language from the visitor's own language
     * when we speak it), refreshes names and last-seen otherwise. Admin rights follow the configured ids.
     *
     * <p>Runs on every update, so it is kept cheap: one statement reads the account or registers a newcomer, and the
     * row is written only when something changed (names, the last-seen minute, rights). The account returned belongs
     * to the caller's transaction: a change made through this desk later in it shows in that same object.
     */
    @Transactional
    public Visit visit(Visitor visitor) {
        Instant now = clock.instant();
        Visit found = findOrRegister(visitor, now);
        Account account = found.account();
        boolean changed = !found.newcomer() && account.seen(visitor, now);
        boolean admin = isConfiguredAdmin(visitor.externalId())
                || account.adminUntil().filter(until -> until.isAfter(now)).isPresent();
        if (account.isAdmin() != admin) {
            account.admin(admin);
            changed = true;
        }
        if (changed) {
            accounts.flush(); // at once: the turn's plain statements read the row as it is now
        }
        return found;
    }

    private Visit findOrRegister(Visitor visitor, Instant now) {
        List<?> rows = entities.createNativeQuery(FIND_OR_REGISTER, Account.VISITED)
                .setParameter("telegramId", visitor.externalId())
                .setParameter("chatId", visitor.chatId())
                .setParameter("firstName", visitor.firstName())
                .setParameter("lastName", visitor.lastName())
                .setParameter("username", visitor.username())
                .setParameter("language", languageFor(visitor.languageTag()).name())
                .setParameter("timeZone", settings.defaultTimeZone().getId())
                .setParameter("now", now)
                .getResultList();
        if (rows.isEmpty()) { // another update of this person registered them meanwhile: their row is committed
            return new Visit(accounts.findByTelegramId(visitor.externalId()).orElseThrow(), true);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Visit((Account) row[0], (Boolean) row[1]);
    }

    /**
     * Registers a person who signs in without Telegram (Google, GitHub): an account with no Telegram id and no chat,
     * in their language when we speak it, with the address their provider verified as its verified e-mail (or none).
     * The bot never writes to it; its mail and the web app are where it is told things.
     */
    @Transactional
    public Account registerWithoutTelegram(String firstName, String lastName, String languageTag,
                                           String verifiedEmail) {
        Account account = Account.withoutTelegram(blankToNull(firstName), blankToNull(lastName),
                languageFor(languageTag), settings.defaultTimeZone(), blankToNull(verifiedEmail), clock.instant());
        entities.persist(account);
        return changed(account);
    }

    /** What {@link #attachTelegram} did. */
    public enum TelegramAttached {
        /** The account now has the Telegram id: the bot knows the person as this account. */
        ATTACHED,
        /** Another account has that Telegram id: nothing changed. */
        TAKEN,
        /** The account has a Telegram id already: nothing changed. */
        ALREADY_LINKED,
        /** The account is erased or blocked: nothing changed. */
        GONE
    }

    /**
     * Attaches a Telegram person to an account made without Telegram (a Google or GitHub sign-in): from then on the
     * bot's {@code /start} from that Telegram id, and a Telegram sign-in, find this account. The names and chat
     * follow Telegram, as at every visit. Refused when another account has that Telegram id or this one has one
     * already. The row is locked first, so two attachments to one account run one after the other; if another
     * account takes the id meanwhile, the unique Telegram id makes this transaction fail and change nothing.
     */
    @Transactional
    public TelegramAttached attachTelegram(long accountId, Visitor visitor) {
        Optional<Account> found = accounts.findById(accountId);
        if (found.isEmpty()) {
            return TelegramAttached.GONE;
        }
        Account account = found.get();
        entities.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isDeleted() || account.isBlocked()) {
            return TelegramAttached.GONE;
        }
        if (account.telegramId() != null) {
            return TelegramAttached.ALREADY_LINKED;
        }
        if (accounts.findByTelegramId(visitor.externalId()).isPresent()) {
            return TelegramAttached.TAKEN;
        }
        account.attachTelegram(visitor.externalId());
        account.seen(visitor, clock.instant());
        changed(account);
        return TelegramAttached.ATTACHED;
    }

    /**
     * Writes a change made through this desk at once: the caller's account object shows it already (a transaction
     * holds one object per account), and the plain statements later in the transaction read it from the row.
     */
    private Account changed(Account account) {
        accounts.flush();
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

    /** Whether the Telegram id is one of the configured, permanent admins ({@code ADMIN_TELEGRAM_IDS}). */
    public boolean isConfiguredAdmin(Long telegramId) {
        return telegramId != null && settings.adminTelegramIds().contains(telegramId);
    }

    /** Makes the account an admin until {@code until}; the rights lapse by themselves at the next visit after it. */
    @Transactional
    public Account grantAdmin(long accountId, Instant until) {
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
     * An account by id. In a transaction that holds it already (the visitor's own, say) it is that same object, with
     * every change made through this desk since; otherwise it is read. Outside a transaction (a listener after a
     * commit) it is one read with no transaction of its own: no BEGIN and COMMIT around a single statement.
     */
    public Optional<Account> find(long accountId) {
        return Optional.ofNullable(entities.find(Account.class, accountId));
    }

    /** The accounts of the ids that exist, in the order of the ids (a page of a list), read in one statement. */
    @Transactional(readOnly = true)
    public List<Account> findAll(List<Long> accountIds) {
        Map<Long, Account> byId = new HashMap<>();
        accounts.findAllById(accountIds).forEach(account -> byId.put(account.id(), account));
        return accountIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Which of the accounts are admins now, as {@link #isAdminNow} decides for one. */
    @Transactional(readOnly = true)
    public Set<Long> adminsNowAmong(List<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of()
                : Set.copyOf(accounts.adminsAmongAt(accountIds, clock.instant()));
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
     * Renames an account that has no Telegram account behind it; empty when it has one, whose names follow Telegram
     * at every visit (a name set here would silently come back as Telegram's). A blank name is stored as none.
     */
    @Transactional
    public Optional<Account> rename(long accountId, String firstName, String lastName) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.telegramId() != null) {
            return Optional.empty();
        }
        account.names(blankToNull(firstName), blankToNull(lastName));
        return Optional.of(changed(account));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        accounts.findById(accountId)
                .map(account -> {
                    entities.refresh(account, LockModeType.PESSIMISTIC_WRITE); // read again once it is ours alone
                    return account;
                })
                .filter(account -> !account.isDeleted()).ifPresent(account -> {
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
