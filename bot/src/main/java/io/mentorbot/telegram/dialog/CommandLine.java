package io.mentorbot.telegram.dialog;

import java.util.Locale;

/** A command as typed: {@code /newslot@MentorBot tomorrow 18:00} is the command {@code newslot} with its arguments. */
public record CommandLine(String text, String name, String args) {

    /** Reads a text that starts with a slash. */
    public static CommandLine parse(String text) {
        String trimmed = text.trim();
        String[] parts = trimmed.split("\\s+", 2);
        String name = parts[0].substring(1).split("@", 2)[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1].trim() : "";
        return new CommandLine(trimmed, name, args);
    }

    /** The command as the user wrote it, without its arguments ({@code /newslot}). */
    public String command() {
        return text.split("\\s+", 2)[0];
    }
}
