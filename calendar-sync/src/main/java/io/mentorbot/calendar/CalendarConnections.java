package io.mentorbot.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.services.calendar.CalendarScopes;
import org.springframework.transaction.TransactionDefinition;
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
        connections.find(ownerId).ifPresent(connection -> {
            try {
                oauth.revoke(cipher.decrypt(connection.sealedToken(), ownerId));
            } catch (IllegalStateException undecryptable) {
                // Nothing to revoke with; deleting is all that is left.
            }
        });
        transactions.executeWithoutResult(status -> {
            connections.delete(ownerId);
            queue.deleteOwner(ownerId);
            mirrored.deleteOwner(ownerId);
        });
        tokens.forget(ownerId);
        busyTimes.forget(ownerId);
    }

    /** The mentor's connection, if any. */
    public Optional<ConnectionStatus> status(long ownerId) {
        return connections.find(ownerId).map(ConnectionRepository.StoredConnection::status);
    }
}
