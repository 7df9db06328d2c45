package io.mentorbot.mentors;

/** Someone applied to become a mentor and the application waits for the admins; published with the application. */
public record MentorApplicationSubmitted(long applicationId, long applicantId) {
}
