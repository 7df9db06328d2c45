package io.mentorbot.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.mentorbot.MentorBotApplication;

/**
 * The application in a JVM of its own, configured through the environment as in production, so a test can kill it
 * the hard way ({@link #kill()}: SIGKILL on Linux, no shutdown hook runs). Its output goes to
 * {@code target/fault-logs/<name>.log}.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the application with the test's classpath and these environment variables (plus PORT=0). */
    public static AppProcess start(String name, Map<String, String> environment) {
        Path log = Path.of("target", "fault-logs", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                MentorBotApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            return new AppProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the application process", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public File log() {
        return log.toFile();
    }

    /** kill -9: the process gets no chance to finish anything. Returns once it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A normal stop (SIGTERM), forced if it takes too long. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
