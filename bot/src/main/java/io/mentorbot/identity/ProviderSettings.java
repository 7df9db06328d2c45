package io.mentorbot.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OAuth clients of Google and GitHub sign-in. A provider is off unless both its client id and secret are set
 * (Google's are the calendar's, {@code GOOGLE_CLIENT_ID}/{@code SECRET}; GitHub's {@code GITHUB_CLIENT_ID}/{@code SECRET}).
 *
 * @param google       Google's client and endpoints (authorization, token, OpenID userinfo)
 * @param github       GitHub's client and endpoints (authorization, token, {@code /user}, {@code /user/emails})
 * @param stateTtl     how long a browser may take at the provider between start and callback (10 minutes)
 * @param codeTtl      how long the web app has to exchange the one-time code it got back (1 minute)
 * @param publicBaseUrl this site's address as browsers reach it ({@code PUBLIC_BASE_URL}): the providers' callback
 *                     and the web app's pages; empty, the address of the request
 */
@ConfigurationProperties("mentorbot.identity.providers")
public record ProviderSettings(Client google, Client github, Duration stateTtl, Duration codeTtl,
                               String publicBaseUrl) {

    public ProviderSettings {
        google = google == null ? new Client(null, null, null, null, null, null) : google;
        github = github == null ? new Client(null, null, null, null, null, null) : github;
        stateTtl = stateTtl == null ? Duration.ofMinutes(10) : stateTtl;
        codeTtl = codeTtl == null ? Duration.ofMinutes(1) : codeTtl;
    }

    /**
     * One provider's client.
     *
     * @param userUri   Google: the OpenID userinfo endpoint; GitHub: the API's {@code /user}
     * @param emailsUri GitHub: the API's {@code /user/emails}; unused for Google (userinfo carries the address)
     */
    public record Client(String clientId, String clientSecret, String authUri, String tokenUri, String userUri,
                         String emailsUri) {

        public boolean configured() {
            return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Client[clientId=" + clientId + ", secret=" + (configured() ? "set" : "unset") + "]";
        }
    }

    public Client of(ExternalProvider provider) {
        return provider == ExternalProvider.GOOGLE ? google : github;
    }
}
