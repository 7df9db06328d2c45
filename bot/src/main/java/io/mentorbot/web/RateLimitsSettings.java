package io.mentorbot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on API callers, as token buckets: each caller may send {@code burst} requests at once and then
 * {@code perSecond} a second on average; a rate of 0 turns that limit off.
 *
 * @param enabled            whether any rate limit applies ({@code API_RATE_LIMITS})
 * @param perIpPerSecond     anonymous callers, per client address
 * @param perIpBurst         anonymous callers' burst
 * @param perAccountPerSecond signed-in callers, per account (wherever they call from)
 * @param perAccountBurst    signed-in callers' burst
 * @param maxBody            the largest request body other than a multipart upload (which has its own limits)
 */
@ConfigurationProperties("mentorbot.web.rate-limits")
public record RateLimitsSettings(Boolean enabled, Double perIpPerSecond, Integer perIpBurst,
                                 Double perAccountPerSecond, Integer perAccountBurst, DataSize maxBody) {

    public RateLimitsSettings {
        enabled = enabled == null || enabled;
        perIpPerSecond = perIpPerSecond == null ? 50.0 : perIpPerSecond;
        perIpBurst = perIpBurst == null ? 200 : perIpBurst;
        perAccountPerSecond = perAccountPerSecond == null ? 20.0 : perAccountPerSecond;
        perAccountBurst = perAccountBurst == null ? 100 : perAccountBurst;
        maxBody = maxBody == null ? DataSize.ofKilobytes(64) : maxBody;
    }
}
