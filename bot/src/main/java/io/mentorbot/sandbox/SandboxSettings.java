package io.mentorbot.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sandbox mode settings.
 *
 * @param enabled    {@code SANDBOX}: true asks for the sandbox (without a bot token), false forbids it; unset, the
 *                   sandbox runs only with neither a token nor a {@code DATABASE_URL} (see {@link SandboxMode})
 * @param botApiPort loopback port of the emulated Bot API (0 picks a free one)
 */
@ConfigurationProperties("mentorbot.sandbox")
record SandboxSettings(Boolean enabled, Integer botApiPort) {

    SandboxSettings {
        botApiPort = botApiPort == null ? 0 : botApiPort;
    }
}
