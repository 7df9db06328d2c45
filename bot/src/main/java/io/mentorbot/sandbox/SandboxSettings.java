package io.mentorbot.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sandbox mode settings.
 *
 * @param botApiPort loopback port of the emulated Bot API (0 picks a free one)
 */
@ConfigurationProperties("mentorbot.sandbox")
record SandboxSettings(Integer botApiPort) {

    SandboxSettings {
        botApiPort = botApiPort == null ? 0 : botApiPort;
    }
}
