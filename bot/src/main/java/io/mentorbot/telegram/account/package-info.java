/**
 * The user's own account settings in Telegram: language ({@code /language}), time zone ({@code /timezone}), pause
 * ({@code /stop}), erasure ({@code /deleteme}) and e-mail address ({@code /email}).
 */
package io.mentorbot.telegram.account;
