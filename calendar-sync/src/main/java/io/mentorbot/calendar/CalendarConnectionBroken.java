package io.mentorbot.calendar;

/**
 * Google refused a mentor's grant ({@code invalid_grant}: revoked, expired or password changed). The connection is
 * now {@link ConnectionStatus.State#BROKEN}, its writes wait, and the mentor should be asked to connect again.
 * Published inside the transaction that marks the connection, so transactional listeners
 * ({@code @ApplicationModuleListener}) receive it.
 *
 * @param ownerId the mentor
 */
public record CalendarConnectionBroken(long ownerId) {
}
