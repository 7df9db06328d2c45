package io.mentorbot.admin;

import java.time.Instant;

/** An admin gave someone admin rights until {@code until}; published in the transaction that granted them. */
public record AdminGranted(long adminId, long accountId, Instant until) {
}
