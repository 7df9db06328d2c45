/** The mentor's side in Telegram: applying, admin decisions, the profile, and planning slots. */
package io.mentorbot.telegram.mentor;
