package io.mentorbot.support;

import io.mentorbot.sandbox.emulator.BotApiEmulator;

/** The Bot API emulator the shared test application talks to. */
public final class TestBotApi {

    public static final String TOKEN = "123456:test-token";
    private static BotApiEmulator emulator;

    private TestBotApi() {
    }

    public static synchronized BotApiEmulator shared() {
        if (emulator == null) {
            emulator = BotApiEmulator.start(TOKEN);
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }
}
