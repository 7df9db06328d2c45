package io.mentorbot.support;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.MentorBotApplication;
import io.mentorbot.sandbox.emulator.BotApiEmulator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Another whole application in this JVM (a restart, a second instance of a cluster) on its own database. */
public final class AppInstance {

    private AppInstance() {
    }

    /**
     * Starts the application against {@code telegram} and {@code database} on a free HTTP port.
     *
     * @param extra more {@code --name=value} arguments
     */
    public static ConfigurableApplicationContext start(BotApiEmulator telegram, String database, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--mentorbot.database.url=" + database,
                "--mentorbot.database.username=postgres",
                "--mentorbot.telegram.token=" + telegram.token(),
                "--mentorbot.telegram.api-url=" + telegram.baseUrl()));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(MentorBotApplication.class).run(args.toArray(String[]::new));
    }
}
