package io.mentorbot.calendar;

/**
 * What a mirrored event became in Google.
 *
 * @param ownerId       the mentor
 * @param eventKey      the caller's key
 * @param googleEventId the Google event id
 * @param meetLink      the Meet link Google made for it, or {@code null}
 */
public record MirroredEvent(long ownerId, String eventKey, String googleEventId, String meetLink) {
}
