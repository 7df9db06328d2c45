/** Around a session in the chat: reminders with their buttons, "did it take place?", reviews and replies. */
package io.mentorbot.telegram.followup;
