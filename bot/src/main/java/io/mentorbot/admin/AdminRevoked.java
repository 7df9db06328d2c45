package io.mentorbot.admin;

/** An admin withdrew someone's temporary admin rights early; published in the transaction that withdrew them. */
public record AdminRevoked(long adminId, long accountId) {
}
