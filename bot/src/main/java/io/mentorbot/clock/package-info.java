/** The application clock. */
package io.mentorbot.clock;
