/** The student's side in Telegram: the catalogue, a mentor's card and free times, booking and "my consultations". */
package io.mentorbot.telegram.booking;
