/**
 * The student's part of the web API: booking, paying, cancelling, moving and reviewing their own sessions, their
 * lists of bookings, and their own account settings and e-mail address, each through the core call the bot uses.
 */
package io.mentorbot.web.student;
