/** The mentor's side in Telegram: applying, the profile, and planning slots. */
package io.mentorbot.telegram.mentor;
