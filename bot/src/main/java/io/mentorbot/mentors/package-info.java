/** Mentor profiles, topics and the catalogue students browse. */
package io.mentorbot.mentors;
