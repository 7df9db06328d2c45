package io.mentorbot.mentors;

/** An admin listed a mentor in the catalogue or took them off it; published in the transaction that changed it. */
public record MentorListingChanged(long adminId, long mentorId, boolean listed) {
}
