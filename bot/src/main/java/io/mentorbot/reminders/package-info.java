/**
 * Quartz jobs around a confirmed session: reminders before it and the follow-up after it, planned in the booking's
 * own transaction and sent at most once each ({@code reminders_sent}).
 */
package io.mentorbot.reminders;
