package io.mentorbot.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Google and GitHub sign-in for a browser, and linking them to an account. {@link #start} keeps a state (only its hash)
 * with the PKCE verifier and returns the provider's URL; {@link #finish} takes the provider's callback, uses the state
 * once, exchanges the code and then either links the identity to the account that asked, or signs in: the account
 * the identity belongs to, else a new one without Telegram (its address the provider's verified one). A sign-in ends
 * with a one-time code for the web app, which {@link SignIn#withSignInCode} turns into the token pair.
 */
@Service
public class ExternalSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a callback ended. */
    public enum Outcome {
        /** Signed in: {@code code} is the one-time code for the web app. */
        SIGNED_IN,
        /** The identity is now linked to the account that asked. */
        LINKED,
        /** The state is unknown, used, expired or of another provider. */
        STATE_INVALID,
        /** The provider refused the code (used, forged, expired) or could not be read. */
        PROVIDER_REFUSED,
        /** Linking: the identity belongs to another account. */
        IDENTITY_TAKEN,
        /** The account is blocked or erased. */
        BLOCKED
    }

    /** A callback's result: where to send the browser back, and for a sign-in the one-time code. */
    public record Finished(Outcome outcome, String redirect, String code, Long accountId) {

        static Finished refused(Outcome outcome) {
            return new Finished(outcome, null, null, null);
        }
    }

    /** An identity linked to an account, as its owner sees it. */
    public record LinkedIdentity(ExternalProvider provider, String email, Instant linkedAt) {
    }

    /** What unlinking did. */
    public enum Unlinked { UNLINKED, NOT_LINKED, LAST_WAY_IN }

    private final ProviderClient providers;
    private final ProviderSettings settings;
    private final AccountDesk accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExternalSignIn(ProviderClient providers, ProviderSettings settings, AccountDesk accounts, JdbcClient jdbc,
                   Clock clock) {
        this.providers = providers;
        this.settings = settings;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the provider's client is configured. */
    public boolean isOn(ExternalProvider provider) {
        return providers.on(provider);
    }

    /**
     * Starts a sign-in (or, with {@code linkAccountId}, linking the provider to that account): the provider's URL to
     * send the browser to, or empty when the provider is off. {@code callbackUri} is this site's callback for the
     * provider; {@code redirect} the path of this site the browser returns to at the end.
     */
    @Transactional
    public Optional<URI> start(ExternalProvider provider, String callbackUri, String redirect, Long linkAccountId) {
        if (!providers.on(provider)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM oauth_states WHERE expires_at <= ?").param(Timestamp.from(now)).update();
        String state = random(32);
        String verifier = random(48);
        jdbc.sql("""
                INSERT INTO oauth_states (state_hash, provider, code_verifier, callback_uri, redirect, link_user_id,
                                          expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(sha256(state), provider.name(), verifier, callbackUri, redirect, linkAccountId,
                Timestamp.from(now.plus(settings.stateTtl()))).update();
        return Optional.of(providers.authorizationUri(provider, callbackUri, state,
                Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier))));
    }

    /** The provider's callback: the state is used up whatever follows. */
    @Transactional
    public Finished finish(ExternalProvider provider, String code, String state) {
        if (code == null || code.isBlank() || state == null || state.isBlank() || state.length() > 256) {
            return Finished.refused(Outcome.STATE_INVALID);
        }
        Optional<Pending> pending = jdbc.sql("""
                DELETE FROM oauth_states WHERE state_hash = ? AND provider = ? AND expires_at > ?
                RETURNING code_verifier, callback_uri, redirect, link_user_id
                """).params(sha256(state), provider.name(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Pending(rs.getString("code_verifier"), rs.getString("callback_uri"),
                        rs.getString("redirect"), (Long) rs.getObject("link_user_id"))).optional();
        if (pending.isEmpty()) {
            return Finished.refused(Outcome.STATE_INVALID);
        }
        Pending asked = pending.get();
        Optional<ExternalPerson> person = providers.person(provider, code, asked.verifier(), asked.callbackUri());
        if (person.isEmpty()) {
            return Finished.refused(Outcome.PROVIDER_REFUSED);
        }
        // Two callbacks for one identity (two tabs) take turns, so the second finds what the first one did.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(provider.name() + ":" + person.get().subject())
                .query((rs, n) -> 1).list();
        return asked.linkAccountId() != null
                ? link(provider, person.get(), asked)
                : signIn(provider, person.get(), asked);
    }

    private Finished link(ExternalProvider provider, ExternalPerson person, Pending asked) {
        Optional<Account> account = accounts.find(asked.linkAccountId());
        if (account.isEmpty() || account.get().isDeleted() || account.get().isBlocked()) {
            return Finished.refused(Outcome.BLOCKED);
        }
        Optional<Long> owner = owner(provider, person.subject());
        if (owner.isPresent()) {
            return owner.get().equals(asked.linkAccountId())
                    ? new Finished(Outcome.LINKED, asked.redirect(), null, owner.get())
                    : Finished.refused(Outcome.IDENTITY_TAKEN);
        }
        // One identity per provider and account: linking another Google account replaces the earlier one.
        jdbc.sql("DELETE FROM identities WHERE user_id = ? AND provider = ?")
                .params(asked.linkAccountId(), provider.name()).update();
        if (!add(provider, person, asked.linkAccountId())) {
            return Finished.refused(Outcome.IDENTITY_TAKEN);
        }
        if (account.get().verifiedEmail().isEmpty() && person.verifiedEmail() != null) {
            accounts.verifyEmail(account.get().id(), person.verifiedEmail());
        }
        return new Finished(Outcome.LINKED, asked.redirect(), null, asked.linkAccountId());
    }

    private Finished signIn(ExternalProvider provider, ExternalPerson person, Pending asked) {
        Optional<Long> owner = owner(provider, person.subject());
        boolean newcomer = owner.isEmpty();
        long accountId;
        if (owner.isPresent()) {
            accountId = owner.get();
        } else {
            Account created = accounts.registerWithoutTelegram(person.firstName(), person.lastName(),
                    person.languageTag(), person.verifiedEmail());
            accountId = created.id();
            if (!add(provider, person, accountId)) {
                throw new DuplicateKeyException("identity registered meanwhile"); // the lock above rules it out
            }
        }
        Optional<Account> account = accounts.find(accountId);
        if (account.isEmpty() || account.get().isDeleted() || account.get().isBlocked()) {
            return Finished.refused(Outcome.BLOCKED);
        }
        String code = random(32);
        jdbc.sql("INSERT INTO sign_in_codes (code_hash, user_id, newcomer, expires_at) VALUES (?, ?, ?, ?)")
                .params(sha256(code), accountId, newcomer, Timestamp.from(clock.instant().plus(settings.codeTtl())))
                .update();
        return new Finished(Outcome.SIGNED_IN, asked.redirect(), code, accountId);
    }

    /** Uses up a one-time sign-in code: the account and whether it is new, or empty (unknown, used, expired). */
    Optional<CodeOwner> useCode(String code) {
        if (code == null || code.isBlank() || code.length() > 256) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_codes WHERE expires_at <= ?").param(Timestamp.from(now)).update();
        return jdbc.sql("DELETE FROM sign_in_codes WHERE code_hash = ? AND expires_at > ? RETURNING user_id, newcomer")
                .params(sha256(code), Timestamp.from(now))
                .query((rs, n) -> new CodeOwner(rs.getLong("user_id"), rs.getBoolean("newcomer"))).optional();
    }

    record CodeOwner(long accountId, boolean newcomer) {
    }

    /** The identities linked to the account. */
    @Transactional(readOnly = true)
    public List<LinkedIdentity> identities(long accountId) {
        return jdbc.sql("SELECT provider, email, created_at FROM identities WHERE user_id = ? ORDER BY provider")
                .param(accountId).query((rs, n) -> new LinkedIdentity(ExternalProvider.valueOf(rs.getString("provider")),
                        rs.getString("email"), rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Unlinks the provider from the account, unless it is the account's last way in (no Telegram, no other identity). */
    @Transactional
    public Unlinked unlink(long accountId, ExternalProvider provider) {
        Optional<Account> account = accounts.find(accountId);
        if (account.isEmpty()) {
            return Unlinked.NOT_LINKED;
        }
        // The account's identities are locked, so two unlinkings of its last two ways in run one after the other.
        List<String> linked = jdbc.sql("SELECT provider FROM identities WHERE user_id = ? FOR UPDATE")
                .param(accountId).query(String.class).list();
        if (!linked.contains(provider.name())) {
            return Unlinked.NOT_LINKED;
        }
        if (account.get().telegramId() == null && linked.size() == 1) {
            return Unlinked.LAST_WAY_IN;
        }
        jdbc.sql("DELETE FROM identities WHERE user_id = ? AND provider = ?").params(accountId, provider.name())
                .update();
        return Unlinked.UNLINKED;
    }

    private Optional<Long> owner(ExternalProvider provider, String subject) {
        return jdbc.sql("SELECT user_id FROM identities WHERE provider = ? AND subject = ?")
                .params(provider.name(), subject).query(Long.class).optional();
    }

    private boolean add(ExternalProvider provider, ExternalPerson person, long accountId) {
        return jdbc.sql("""
                INSERT INTO identities (provider, subject, user_id, email, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (provider, subject) DO NOTHING
                """).params(provider.name(), person.subject(), accountId, person.verifiedEmail(),
                Timestamp.from(clock.instant())).update() == 1;
    }

    /** An erased account's identities go with it: the same Google account may start afresh later. */
    @EventListener
    void on(AccountErased event) {
        jdbc.sql("DELETE FROM identities WHERE user_id = ?").param(event.accountId()).update();
        jdbc.sql("DELETE FROM sign_in_codes WHERE user_id = ?").param(event.accountId()).update();
    }

    private record Pending(String verifier, String callbackUri, String redirect, Long linkAccountId) {
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
