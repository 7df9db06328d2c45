package io.mentorbot.admin;

/** An admin lifted the block of an account; published in the unblocking transaction. */
public record AccountUnblocked(long adminId, long accountId) {
}
