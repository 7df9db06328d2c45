package io.mentorbot.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.EntityResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person on the platform: always a student, possibly also a mentor and/or an admin.
 *
 * <p>Written with only the columns that changed: a visit that refreshes the last-seen time must not write back a
 * block, a grant or an erasure that another transaction committed since the account was read.
 */
@Entity
@Table(name = "users")
@DynamicUpdate
@SqlResultSetMapping(name = Account.VISITED, entities = @EntityResult(entityClass = Account.class),
        columns = @ColumnResult(name = "newcomer", type = Boolean.class))
public class Account {

    /** The result of a statement that reads (or registers) an account: its row and a {@code newcomer} column. */
    static final String VISITED = "Account.visited";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "telegram_id")
    private Long telegramId;

    @Column(name = "chat_id")
    private Long chatId;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String username;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(8)")
    private Language language;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "is_mentor")
    private boolean mentor;

    @Column(name = "is_admin")
    private boolean admin;

    /** Until when a temporary admin grant holds; {@code null} when there is none. */
    @Column(name = "admin_until")
    private Instant adminUntil;

    /** A blocked user is told so and nothing else happens. */
    private boolean blocked;

    private String email;

    @Column(name = "email_verified")
    private boolean emailVerified;

    private boolean paused;

    private boolean deleted;

    /** Since when Telegram refuses our messages to this person (they blocked the bot); {@code null} when reachable. */
    @Column(name = "unreachable_since")
    private Instant unreachableSince;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected Account() {
    }

    /**
     * A person who came in through another way than Telegram (a Google or GitHub sign-in): no Telegram id and no chat,
     * so nothing is ever sent to them in Telegram; their address is the one the provider verified, if it gave one.
     */
    static Account withoutTelegram(String firstName, String lastName, Language language, ZoneId zone,
                                   String verifiedEmail, Instant now) {
        Account account = new Account();
        account.firstName = firstName;
        account.lastName = lastName;
        account.language = language;
        account.timeZone = zone.getId();
        account.email = verifiedEmail;
        account.emailVerified = verifiedEmail != null;
        account.createdAt = now;
        account.lastSeenAt = now;
        return account;
    }

    /** How precisely {@link #lastSeenAt()} follows the visits. */
    static final java.time.Duration LAST_SEEN_STEP = java.time.Duration.ofMinutes(1);

    /** Records a visit; true when anything changed (so the row needs writing). */
    boolean seen(Visitor visitor, Instant now) {
        boolean changed = !java.util.Objects.equals(chatId, visitor.chatId())
                || !java.util.Objects.equals(firstName, visitor.firstName())
                || !java.util.Objects.equals(lastName, visitor.lastName())
                || !java.util.Objects.equals(username, visitor.username())
                || unreachableSince != null;
        this.chatId = visitor.chatId();
        this.firstName = visitor.firstName();
        this.lastName = visitor.lastName();
        this.username = visitor.username();
        if (lastSeenAt == null || !now.isBefore(lastSeenAt.plus(LAST_SEEN_STEP))) {
            this.lastSeenAt = now; // to the minute: most updates then change nothing and write nothing
            changed = true;
        }
        this.unreachableSince = null; // whoever writes to the bot can be written to again
        return changed;
    }

    /** The Telegram id of a person who came in another way and has now proven this Telegram account theirs. */
    void attachTelegram(long telegramId) {
        this.telegramId = telegramId;
    }

    void erase() {
        telegramId = null;
        chatId = null;
        firstName = null;
        lastName = null;
        username = null;
        email = null;
        emailVerified = false;
        paused = true;
        deleted = true;
        mentor = false;
        admin = false;
        adminUntil = null;
    }

    public Long id() { return id; }
    public Long telegramId() { return telegramId; }
    public Long chatId() { return chatId; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String username() { return username; }
    public Language language() { return language; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    public boolean isMentor() { return mentor; }
    public boolean isAdmin() { return admin; }
    public Optional<Instant> adminUntil() { return Optional.ofNullable(adminUntil); }
    public boolean isBlocked() { return blocked; }
    public String email() { return email; }
    public boolean isEmailVerified() { return emailVerified; }
    public boolean isPaused() { return paused; }
    public boolean isDeleted() { return deleted; }
    /** Telegram refused our last message (the person blocked the bot): nothing is sent until they write again. */
    public boolean isUnreachable() { return unreachableSince != null; }
    public Instant createdAt() { return createdAt; }
    public Instant lastSeenAt() { return lastSeenAt; }

    /** What the account's state allows: acting, being booked, being notified and where. */
    public AccountStanding standing() { return AccountStanding.of(this); }

    /**
     * Whether the bot has a private chat with its owner: false for an account made by a Google or GitHub sign-in,
     * whose notices go by e-mail instead.
     */
    public boolean hasTelegramChat() { return standing().privateChat().isPresent(); }

    /**
     * Whether the bot can tell its owner things in Telegram now: a private chat that Telegram does not refuse (a
     * person who blocked the bot, or linked Telegram on the web and never opened the bot's chat, is refused until
     * they write). When not, their notices go by e-mail, if they have a verified address.
     */
    public boolean hearsInTelegram() {
        AccountStanding standing = standing();
        return standing.privateChat().isPresent() && !standing.unreachable();
    }

    /** The address we may write to: only one its owner proved to receive. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null ? Optional.of(email) : Optional.empty();
    }

    /** The name to show others: first and last name, or the username, or "#id". */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (!name.isEmpty()) {
            return name;
        }
        return username != null ? "@" + username : "#" + id;
    }

    void names(String firstName, String lastName) { this.firstName = firstName; this.lastName = lastName; }
    void language(Language language) { this.language = language; }
    void zone(ZoneId zone) { this.timeZone = zone.getId(); }
    void paused(boolean paused) { this.paused = paused; }
    void admin(boolean admin) { this.admin = admin; }
    void adminUntil(Instant until) { this.adminUntil = until; }
    void blocked(boolean blocked) { this.blocked = blocked; }
    void unreachable(Instant since) { this.unreachableSince = since; }
    void mentor(boolean mentor) { this.mentor = mentor; }
    void verifiedEmail(String address) { this.email = address; this.emailVerified = address != null; }
}
