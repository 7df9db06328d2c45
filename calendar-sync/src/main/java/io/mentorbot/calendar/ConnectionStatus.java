package io.mentorbot.calendar;

import java.time.Instant;

/**
 * A mentor's calendar connection as stored.
 *
 * @param ownerId      the mentor
 * @param state        {@link State#CONNECTED}, or {@link State#BROKEN} once Google refused the grant
 * @param accountEmail the Google account's e-mail, when known
 * @param connectedAt  when the consent was (last) completed
 * @param updatedAt    last change of the connection
 */
public record ConnectionStatus(long ownerId, State state, String accountEmail, Instant connectedAt,
                               Instant updatedAt) {

    /** Whether Google still accepts the stored grant. */
    public enum State {
        /** The grant works (as far as we know); writes flow. */
        CONNECTED,
        /** Google refused the grant ({@code invalid_grant}); writes wait until the mentor connects again. */
        BROKEN
    }
}
