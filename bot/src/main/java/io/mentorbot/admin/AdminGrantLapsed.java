package io.mentorbot.admin;

/** A temporary admin grant ran out; published in the transaction that ended it. */
public record AdminGrantLapsed(long accountId) {
}
