package io.mentorbot.slots;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on planning slots.
 *
 * @param maxPerRequest the most sessions one request may create; a request for more is refused (default 200)
 * @param horizon       how far ahead slots may start (up to the end of the day it reaches, in the mentor's zone);
 *                      a request reaching later is refused (default 365 days)
 */
@ConfigurationProperties("mentorbot.slots")
public record SlotSettings(Integer maxPerRequest, Duration horizon) {

    public SlotSettings {
        maxPerRequest = maxPerRequest == null ? 200 : maxPerRequest;
        horizon = horizon == null ? Duration.ofDays(365) : horizon;
    }
}
