/**
 * Google Calendar in Telegram: {@code /connect_calendar} and {@code /disconnect_calendar}, the OAuth callback page,
 * and telling mentors when a connection is made or breaks.
 */
package io.mentorbot.telegram.calendar;
