/**
 * calendar-sync: connects a mentor's Google Calendar (OAuth consent with PKCE), mirrors sessions into it through a
 * durable task queue, and reads busy times from it. The public types of this package are the whole API
 * ({@link io.mentorbot.calendar.CalendarConnections}, {@link io.mentorbot.calendar.CalendarMirror},
 * {@link io.mentorbot.calendar.BusyTimes}, {@link io.mentorbot.calendar.SyncWorker} and their records and events);
 * no Google type appears in it, and nothing here knows Telegram or the bot's tables.
 */
package io.mentorbot.calendar;
