package io.mentorbot.calendar;

import java.time.Instant;

/**
 * Where to send a mentor to grant calendar access.
 *
 * @param ownerId   the mentor the link belongs to
 * @param url       Google's consent page, carrying our single-use {@code state} and a PKCE challenge
 * @param expiresAt after this the link is refused on return
 */
public record ConsentLink(long ownerId, String url, Instant expiresAt) {
}
