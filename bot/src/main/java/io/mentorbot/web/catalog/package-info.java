/**
 * The public catalogue over REST: topics, listed mentors with filters and paging, a mentor's card and their free
 * times, read through the same catalogue services as the bot's screens, with the same rules (listed mentors only,
 * times too soon or beyond the booking horizon left out, times busy in the mentor's Google Calendar hidden).
 */
package io.mentorbot.web.catalog;
