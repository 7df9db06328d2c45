/**
 * The notice feed of the web app: what a person is told about their bookings (a new booking, a cancellation, a move,
 * a released hold), for every account, with or without Telegram, read and marked read through {@link
 * io.mentorbot.notices.NoticeDesk}. Filled by listeners of the booking events inside the booking's transaction (one
 * insert per notice); the text is written when read, in the reader's language and zone.
 */
package io.mentorbot.notices;
