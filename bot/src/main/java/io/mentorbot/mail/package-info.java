/**
 * E-mail: addresses proven by a code sent to them, and booking confirmations with the calendar file, over SMTP.
 * Without an SMTP host the module stays off and says so; no Telegram types here.
 */
package io.mentorbot.mail;
