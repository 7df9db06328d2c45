package io.mentorbot.mentors;

/**
 * An admin gave mentor rights to someone ({@code mentor} true) or took them away; published in the transaction that
 * changed the role.
 */
public record MentorRoleChanged(long adminId, long accountId, boolean mentor) {
}
