/**
 * The user's own account settings in Telegram: one screen ({@code /settings}) for language ({@code /language}), time
 * zone ({@code /timezone}), e-mail address ({@code /email}) and erasure ({@code /deleteme}); and the pause
 * ({@code /stop}).
 */
package io.mentorbot.telegram.account;
