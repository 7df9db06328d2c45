package io.mentorbot.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out a live access token per mentor, refreshing it from the stored refresh token when needed. Access tokens
 * stay in memory only (they live an hour); a grant Google refuses breaks the connection at once.
 */
final class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);
    /** Refresh a little early so a token never expires between the check and Google reading it. */
    private static final Duration EARLY = Duration.ofMinutes(2);

    private record Cached(String token, Instant expiresAt) {
    }

    private final ConnectionRepository connections;
    private final TokenCipher cipher;
    private final GoogleOAuth oauth;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    AccessTokens(ConnectionRepository connections, TokenCipher cipher, GoogleOAuth oauth,
                 TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.cipher = cipher;
        this.oauth = oauth;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Which of the owners have a calendar connection at all, in one statement. */
    Set<Long> connectedAmong(Collection<Long> ownerIds) {
        return connections.ownersAmong(ownerIds);
    }

    /**
     * A token good for a few minutes at least.
     *
     * @throws ConnectionUnavailable no connection, a broken one, or Google just refused the grant
     * @throws IOException           the token endpoint could not be reached or failed (try again later)
     */
    String forOwner(long ownerId) throws ConnectionUnavailable, IOException {
        ConnectionRepository.StoredConnection connection = connections.find(ownerId)
                .orElseThrow(() -> new ConnectionUnavailable(ownerId, "not connected"));
        if (connection.state() != ConnectionStatus.State.CONNECTED) {
            forget(ownerId);
            throw new ConnectionUnavailable(ownerId, "broken");
        }
        Cached cached = cache.get(ownerId);
        if (cached != null && cached.expiresAt().isAfter(clock.instant().plus(EARLY))) {
            return cached.token();
        }
        try {
            TokenResponse response = oauth.refresh(cipher.decrypt(connection.sealedToken(), ownerId));
            remember(ownerId, response);
            return response.getAccessToken();
        } catch (TokenResponseException e) {
            if (e.getDetails() != null && "invalid_grant".equals(e.getDetails().getError())) {
                markBroken(ownerId);
                throw new ConnectionUnavailable(ownerId, "Google refused the grant (invalid_grant)");
            }
            throw e;
        }
    }

    void remember(long ownerId, TokenResponse response) {
        long seconds = response.getExpiresInSeconds() == null ? 3600 : response.getExpiresInSeconds();
        cache.put(ownerId, new Cached(response.getAccessToken(), clock.instant().plusSeconds(seconds)));
    }

    void forget(long ownerId) {
        cache.remove(ownerId);
    }

    /** Marks the connection broken and tells the bot, in one transaction so the event is as durable as the mark. */
    void markBroken(long ownerId) {
        forget(ownerId);
        transactions.executeWithoutResult(status -> {
            if (connections.markBroken(ownerId, clock.instant())) {
                log.warn("Google refused the calendar grant of owner {}: connection marked BROKEN", ownerId);
                events.publishEvent(new CalendarConnectionBroken(ownerId));
            }
        });
    }
}
