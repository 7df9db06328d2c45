/**
 * Becoming a mentor through the web API: the caller's application, filed and read over the same
 * {@link io.mentorbot.mentors.MentorOnboarding} calls as the bot's {@code /apply}; admins decide it under
 * {@code /api/v1/admin/applications}.
 */
package io.mentorbot.web.onboarding;
