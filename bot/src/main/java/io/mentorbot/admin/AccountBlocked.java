package io.mentorbot.admin;

/** An admin blocked an account: its owner is only told that they are blocked. Published in the blocking transaction. */
public record AccountBlocked(long adminId, long accountId) {
}
