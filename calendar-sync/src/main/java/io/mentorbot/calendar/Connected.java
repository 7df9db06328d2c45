package io.mentorbot.calendar;

/**
 * A finished consent: the mentor's calendar is connected.
 *
 * @param ownerId      whom the consent was started for (the bot tells this mentor in Telegram)
 * @param accountEmail the Google account's e-mail when Google shared it, otherwise {@code null}
 */
public record Connected(long ownerId, String accountEmail) {
}
