package io.mentorbot.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When letters that did not go out are tried again.
 *
 * @param after how old an incomplete publication must be before it is handed to its listener again (default 1 minute,
 *              {@code MAIL_RETRY_AFTER}): longer than a send may take, so one in flight is not sent twice
 * @param every how often to look for such publications (default 1 minute, {@code MAIL_RETRY_EVERY})
 */
@ConfigurationProperties("mentorbot.mail.retry")
record PublicationRetrySettings(Duration after, Duration every) {

    PublicationRetrySettings {
        after = after == null ? Duration.ofMinutes(1) : after;
        every = every == null ? Duration.ofMinutes(1) : every;
    }
}
