package io.mentorbot.notices;

import java.time.Instant;

/**
 * One notice as its reader sees it.
 *
 * @param text the notice in the reader's language, with times in the reader's zone
 * @param read whether the reader has marked it read
 */
public record Notice(long id, NoticeKind kind, long bookingId, String text, Instant createdAt, boolean read) {
}
