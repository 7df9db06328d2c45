package io.mentorbot.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of calendar sync ({@code mentorbot.calendar.*}). The feature is on only when {@code clientId} is set.
 *
 * @param clientId        OAuth client id of the Google Cloud project; blank turns calendar sync off
 * @param clientSecret    OAuth client secret
 * @param publicBaseUrl   where the bot is reachable from a browser; the redirect URI is this plus
 *                        {@value #CALLBACK_PATH}
 * @param authUri         Google's authorization endpoint
 * @param tokenUri        Google's token endpoint
 * @param revokeUri       Google's token revocation endpoint
 * @param calendarRootUrl root of the Calendar API (a local fake in tests)
 * @param tokenKey        base64 of 32 random bytes: the AES key that encrypts refresh tokens at rest
 * @param meetLinks       whether events may ask Google for a Meet link
 * @param busyCacheTtl    how long busy times of a mentor are reused
 * @param stateTtl        how long a consent link stays valid
 * @param pollInterval    how often the background worker looks for due tasks; zero or negative: no background
 *                        worker (tests call {@link SyncWorker#runDueTasks()} themselves)
 * @param retryBase       first retry delay after a transient Google failure (doubles each attempt, jittered)
 * @param retryCap        longest retry delay
 * @param taskLease       how long a claimed task is hidden from other workers; a worker that dies mid-task
 *                        releases it when this runs out
 */
@ConfigurationProperties("mentorbot.calendar")
public record CalendarSettings(String clientId, String clientSecret, String publicBaseUrl, String authUri,
                               String tokenUri, String revokeUri, String calendarRootUrl, String tokenKey,
                               boolean meetLinks, Duration busyCacheTtl, Duration stateTtl, Duration pollInterval,
                               Duration retryBase, Duration retryCap, Duration taskLease) {

    /** Path of the OAuth redirect endpoint the bot serves. */
    public static final String CALLBACK_PATH = "/oauth2/google/callback";

    public CalendarSettings {
        // The bot's @ConfigurationPropertiesScan binds this record even when the feature is off,
        // so every default is applied here and nothing is validated until the feature is enabled.
        authUri = orDefault(authUri, "https://accounts.google.com/o/oauth2/v2/auth");
        tokenUri = orDefault(tokenUri, "https://oauth2.googleapis.com/token");
        revokeUri = orDefault(revokeUri, "https://oauth2.googleapis.com/revoke");
        calendarRootUrl = orDefault(calendarRootUrl, "https://www.googleapis.com/");
        busyCacheTtl = busyCacheTtl == null ? Duration.ofSeconds(60) : busyCacheTtl;
        stateTtl = stateTtl == null ? Duration.ofMinutes(10) : stateTtl;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        retryBase = retryBase == null ? Duration.ofSeconds(10) : retryBase;
        retryCap = retryCap == null ? Duration.ofMinutes(30) : retryCap;
        taskLease = taskLease == null ? Duration.ofMinutes(5) : taskLease;
    }

    /** The OAuth redirect URI registered with Google. */
    public String redirectUri() {
        String base = publicBaseUrl == null ? "" : publicBaseUrl;
        return base.replaceAll("/+$", "") + CALLBACK_PATH;
    }

    /** Whether calendar sync is configured at all. */
    public boolean enabled() {
        return clientId != null && !clientId.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
