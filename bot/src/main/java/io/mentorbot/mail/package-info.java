/**
 * E-mail: addresses proven by a code sent to them, booking confirmations with the calendar file, and the booking news
 * the bot tells in Telegram, by e-mail to people without a Telegram chat (accounts made by a Google or GitHub
 * sign-in), over SMTP. Without an SMTP host the module stays off and says so; no Telegram types here.
 */
package io.mentorbot.mail;
