/** Platform statistics for admins: counts, rates, top mentors and bookings per day. */
package io.mentorbot.stats;
