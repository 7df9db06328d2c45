package io.mentorbot.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.services.calendar.CalendarScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connects and disconnects mentors' Google Calendars. The bot sends the mentor to {@link #begin(long)}'s link,
 * and its {@code /oauth2/google/callback} endpoint hands Google's {@code state} and {@code code} to
 * {@link #complete(String, String)}.
 * <p>
 * This bean exists only when calendar sync is configured ({@code mentorbot.calendar.client-id} set): the bot asks
 * {@code ObjectProvider<CalendarConnections>.getIfAvailable()} to know whether to offer the feature at all.
 */
public class CalendarConnections {

    private static final Logger log = LoggerFactory.getLogger(CalendarConnections.class);

    private final CalendarSettings settings;
    private final OAuthStateRepository states;
    private final ConnectionRepository connections;
    private final TaskQueue queue;
    private final MirroredEventRepository mirrored;
    private final TokenCipher cipher;
    private final GoogleOAuth oauth;
    private final AccessTokens tokens;
    private final BusyTimes busyTimes;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CalendarConnections(CalendarSettings settings, OAuthStateRepository states, ConnectionRepository connections,
                        TaskQueue queue, MirroredEventRepository mirrored, TokenCipher cipher, GoogleOAuth oauth,
                        AccessTokens tokens, BusyTimes busyTimes, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.states = states;
        this.connections = connections;
        this.queue = queue;
        this.mirrored = mirrored;
        this.cipher = cipher;
        this.oauth = oauth;
        this.tokens = tokens;
        this.busyTimes = busyTimes;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts a consent: a Google consent URL (offline access, PKCE S256) carrying a fresh random {@code state} that is
     * bound to the mentor, usable once and only for {@code mentorbot.calendar.state-ttl}.
     */
    public ConsentLink begin(long ownerId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.stateTtl());
        String state = Pkce.randomToken(32);
        Pkce pkce = Pkce.generate();
        states.save(state, ownerId, pkce.verifier(), now, expiresAt);
        return new ConsentLink(ownerId, oauth.consentUrl(state, pkce.challenge()), expiresAt);
    }

    /**
     * Finishes a consent when Google redirects back: checks the state, exchanges the code (with the PKCE verifier)
     * and stores the refresh token encrypted. Writes that waited while the connection was broken resume.
     *
     * @return whom the calendar was connected for
     * @throws ConsentRefused an unknown, tampered, expired or replayed state, or a code Google would not exchange
     */
    public Connected complete(String state, String code) {
        if (state == null || state.isBlank() || state.length() > 64) {
            throw new ConsentRefused(ConsentRefused.Reason.UNKNOWN_STATE, "no such consent link");
        }
        // Spent in a transaction of its own, committed before the exchange: a state stays spent even when the
        // exchange fails or the caller's transaction rolls back, so it can never be replayed.
        OAuthStateRepository.Consumed consumed = ownTransaction.execute(status -> states.consume(state, clock.instant()));
        long ownerId = consumed.ownerId();
        TokenResponse response;
        try {
            response = oauth.exchange(code, consumed.codeVerifier());
        } catch (IOException e) {
            throw new ConsentRefused(ConsentRefused.Reason.TOKEN_EXCHANGE_FAILED, GoogleFailures.describe(e), e);
        }
        if (response.getRefreshToken() == null) {
            throw new ConsentRefused(ConsentRefused.Reason.INSUFFICIENT_GRANT, "Google sent no refresh token");
        }
        if (response.getScope() != null && !response.getScope().contains(CalendarScopes.CALENDAR_EVENTS)) {
            // Google lets a user untick scopes on the consent screen; without events there is nothing to do.
            throw new ConsentRefused(ConsentRefused.Reason.INSUFFICIENT_GRANT, "calendar access was not granted");
        }
        String email = oauth.accountEmail(response);
        byte[] sealed = cipher.encrypt(response.getRefreshToken(), ownerId);
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            connections.saveConnected(ownerId, email, sealed, now);
            queue.resumeOwner(ownerId, now);
        });
        tokens.remember(ownerId, response);
        busyTimes.forget(ownerId);
        return new Connected(ownerId, email);
    }

    /**
     * Disconnects: revokes the grant at Google (best effort) and deletes the tokens, the queued writes and the
     * event mapping. Events already in the mentor's calendar stay there.
     */
    public void disconnect(long ownerId) {
        refreshToken(ownerId).ifPresent(oauth::revoke);
        transactions.executeWithoutResult(status -> deleteOwner(ownerId));
        forgetInMemory(ownerId);
    }

    /**
     * Forgets everything of the owner within the caller's transaction (their account is being erased): the tokens,
     * the queued writes, the event mapping and any consent in progress are deleted with it, and stay if it rolls
     * back. Once it has committed, the grant is revoked at Google, best effort (a failure is logged): an outside call
     * cannot be taken back. Without a transaction, all at once. Events already in the owner's calendar stay there.
     */
    public void forget(long ownerId) {
        Optional<String> grant = refreshToken(ownerId);
        transactions.executeWithoutResult(status -> {
            deleteOwner(ownerId);
            states.deleteOwner(ownerId);
        });
        Runnable revoke = () -> {
            if (grant.isPresent() && oauth.revoke(grant.get())) {
                log.info("Owner {} forgotten: their Google Calendar grant is revoked", ownerId);
            }
            forgetInMemory(ownerId);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    revoke.run();
                }
            });
        } else {
            revoke.run();
        }
    }

    /** The owner's refresh token, decrypted; empty without a connection or when it no longer decrypts. */
    private Optional<String> refreshToken(long ownerId) {
        return connections.find(ownerId).flatMap(connection -> {
            try {
                return Optional.of(cipher.decrypt(connection.sealedToken(), ownerId));
            } catch (IllegalStateException undecryptable) {
                return Optional.empty(); // nothing to revoke with; deleting is all that is left
            }
        });
    }

    private void deleteOwner(long ownerId) {
        connections.delete(ownerId);
        queue.deleteOwner(ownerId);
        mirrored.deleteOwner(ownerId);
    }

    private void forgetInMemory(long ownerId) {
        tokens.forget(ownerId);
        busyTimes.forget(ownerId);
    }

    /** The mentor's connection, if any. */
    public Optional<ConnectionStatus> status(long ownerId) {
        return connections.find(ownerId).map(ConnectionRepository.StoredConnection::status);
    }
}
