package io.mentorbot.reminders;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders and follow-ups go out.
 *
 * @param leadTimes     how long before a confirmed session each reminder goes out (default 24 hours and 1 hour)
 * @param followUpDelay how long after the end the mentor is asked whether the session took place (default 15 minutes)
 * @param retryDelay    how long to wait before trying again a message that could not be queued (default 2 minutes);
 *                      Telegram's refusals are retried by the outbox
 * @param maxAttempts   how many times one message is tried in all (default 3)
 * @param sweepInterval how often due reminders and follow-ups are looked for: they go out at most this late (default
 *                      10 seconds)
 */
@ConfigurationProperties("mentorbot.reminders")
public record ReminderSettings(List<Duration> leadTimes, Duration followUpDelay, Duration retryDelay,
                               Integer maxAttempts, Duration sweepInterval) {

    public ReminderSettings {
        leadTimes = leadTimes == null ? List.of(Duration.ofHours(24), Duration.ofHours(1))
                : leadTimes.stream().filter(lead -> !lead.isNegative() && !lead.isZero()).distinct()
                        .sorted(Comparator.reverseOrder()).toList();
        followUpDelay = followUpDelay == null ? Duration.ofMinutes(15) : followUpDelay;
        retryDelay = retryDelay == null ? Duration.ofMinutes(2) : retryDelay;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 3 : maxAttempts;
        sweepInterval = sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()
                ? Duration.ofSeconds(10) : sweepInterval;
    }
}
