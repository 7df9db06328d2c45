/**
 * E-mail: addresses proven by a code sent to them, booking confirmations with the calendar file, and, for people
 * without a Telegram chat (accounts made by a Google or GitHub sign-in), what the bot tells in Telegram: the booking
 * news, the session's reminders, the mentor's "did it take place?" and the review request, over SMTP. Without an SMTP
 * host the module stays off and says so; no Telegram types here.
 */
package io.mentorbot.mail;
