package io.mentorbot.telegram.dialog;

/** A slash command. Its menu text is the message {@code command.<name>.description}. */
public interface CommandHandler {

    /** The command without the slash, e.g. {@code start}. */
    String name();

    default Audience audience() {
        return Audience.EVERYONE;
    }

    /** Whether the command appears in Telegram's command menu and /help. */
    default boolean listed() {
        return true;
    }

    /**
     * Handles the command.
     *
     * @param args the text after the command, trimmed (may be empty)
     */
    void handle(Turn turn, String args);
}
