package io.mentorbot.mentors;

/**
 * A mentor application was approved (the applicant is a mentor now) or rejected with a reason; published in the
 * deciding transaction.
 *
 * @param adminId who decided, {@code null} when the platform approved it by itself (no approval required)
 * @param reason  why it was rejected, {@code null} when approved
 */
public record MentorApplicationDecided(long applicationId, long applicantId, Long adminId, boolean approved,
                                       String reason) {
}
