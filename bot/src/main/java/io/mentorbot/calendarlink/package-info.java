/**
 * The link between bookings and a mentor's Google Calendar (library {@code calendar-sync}): confirmed, moved and
 * cancelled sessions are mirrored as events, and the mentor's busy times can hide slots. Knows no Telegram types;
 * everything here is inert when calendar sync is not configured.
 */
package io.mentorbot.calendarlink;
