package io.mentorbot.calendarlink;

/** Where a mirrored event's description points back to: the bot's public link (the Telegram side provides it). */
public interface BotLink {

    /** A link that opens the bot; empty when it is not known yet. */
    String url();
}
