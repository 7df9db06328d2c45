package io.mentorbot.sandbox;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * Whether this run is the sandbox, decided from {@code TELEGRAM_BOT_TOKEN}, {@code SANDBOX} and {@code DATABASE_URL}:
 * a bot token makes a real bot; the sandbox runs when asked for ({@code SANDBOX=true}) or on a newcomer's machine
 * (neither a token nor a database named). Every other combination is refused at start, so that a real bot never
 * becomes a sandbox and a real database never gets a sandbox because a token went missing.
 */
final class SandboxMode {

    static final String ENABLED = "mentorbot.sandbox.enabled";
    static final String TOKEN = "mentorbot.telegram.token";
    static final String DATABASE_URL = "mentorbot.database.url";

    private SandboxMode() {
    }

    /** True for the sandbox, false for a real bot; throws {@link Refused} for a combination that must not start. */
    static boolean sandbox(Environment environment) {
        boolean token = !blank(environment.getProperty(TOKEN));
        boolean database = !blank(environment.getProperty(DATABASE_URL));
        Boolean asked = asked(environment.getProperty(ENABLED));
        if (token && Boolean.TRUE.equals(asked)) {
            throw new Refused("Both TELEGRAM_BOT_TOKEN and SANDBOX=true are set: a real bot is never a sandbox.",
                    "Unset SANDBOX to run the bot with its token, or unset TELEGRAM_BOT_TOKEN to run the sandbox.");
        }
        if (token) {
            return false;
        }
        if (Boolean.FALSE.equals(asked)) {
            throw new Refused("No TELEGRAM_BOT_TOKEN is set, and SANDBOX=false: there is no bot to run.",
                    "Set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot, or set SANDBOX=true to try the sandbox.");
        }
        if (database && asked == null) {
            throw new Refused("No TELEGRAM_BOT_TOKEN is set, but DATABASE_URL is: without a token MentorBot would be "
                    + "a sandbox, and it does not turn a database it was given into one unasked.",
                    "Set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot on this database, or set SANDBOX=true "
                            + "to try the sandbox on it (the sandbox seeds only an empty database).");
        }
        return true;
    }

    private static Boolean asked(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new Refused("SANDBOX is '" + value.strip() + "', which is neither true nor false.",
                    "Set SANDBOX to true or false, or leave it empty.");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A combination of settings the application refuses to start with: what is wrong, and how to fix it. */
    static final class Refused extends IllegalStateException {

        private final String description;
        private final String action;

        Refused(String description, String action) {
            super(description + " " + action);
            this.description = description;
            this.action = action;
        }

        String description() {
            return description;
        }

        String action() {
            return action;
        }
    }
}
