/** Booking mentors' slots: book, pay within a hold, confirm, cancel and reschedule, with events for the other modules. */
package io.mentorbot.bookings;
