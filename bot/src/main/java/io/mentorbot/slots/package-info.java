/** Mentor availability: planning single, range and weekly slots without overlaps, and managing them. */
package io.mentorbot.slots;
