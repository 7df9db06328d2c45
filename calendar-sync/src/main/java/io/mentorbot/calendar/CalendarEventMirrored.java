package io.mentorbot.calendar;

/**
 * An event now stands in Google as last asked. Published inside the transaction that records it.
 *
 * @param ownerId       the mentor
 * @param eventKey      the caller's key
 * @param googleEventId the Google event id
 * @param meetLink      the Meet link, or {@code null}
 */
public record CalendarEventMirrored(long ownerId, String eventKey, String googleEventId, String meetLink) {
}
