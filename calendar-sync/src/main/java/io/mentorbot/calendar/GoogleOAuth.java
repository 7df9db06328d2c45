package io.mentorbot.calendar;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.openidconnect.IdToken;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.json.JsonFactory;
import com.google.api.services.calendar.CalendarScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Google's OAuth 2.0 endpoints, spoken through google-oauth-client. */
final class GoogleOAuth {

    /**
     * Events to mirror sessions, free/busy to hide slots; {@code openid email} only so that the token response names
     * the account, which the mentor sees when checking what is connected.
     */
    static final List<String> SCOPES = List.of("openid", "email", CalendarScopes.CALENDAR_EVENTS,
            CalendarScopes.CALENDAR_FREEBUSY);

    private static final Logger log = LoggerFactory.getLogger(GoogleOAuth.class);

    private final CalendarSettings settings;
    private final HttpTransport transport;
    private final JsonFactory json;
    private final HttpRequestInitializer timeouts;

    GoogleOAuth(CalendarSettings settings, HttpTransport transport, JsonFactory json, HttpRequestInitializer timeouts) {
        this.settings = settings;
        this.transport = transport;
        this.json = json;
        this.timeouts = timeouts;
    }

    String consentUrl(String state, String codeChallenge) {
        return new AuthorizationCodeRequestUrl(settings.authUri(), settings.clientId())
                .setRedirectUri(settings.redirectUri())
                .setScopes(SCOPES)
                .setState(state)
                // offline + consent: Google hands out a refresh token on every consent, not just the first one.
                .set("access_type", "offline")
                .set("prompt", "consent")
                .set("include_granted_scopes", "true")
                .set("code_challenge", codeChallenge)
                .set("code_challenge_method", "S256")
                .build();
    }

    TokenResponse exchange(String code, String codeVerifier) throws IOException {
        return new AuthorizationCodeTokenRequest(transport, json, new GenericUrl(settings.tokenUri()), code)
                .setRedirectUri(settings.redirectUri())
                .setClientAuthentication(clientAuthentication())
                .setRequestInitializer(timeouts)
                .set("code_verifier", codeVerifier)
                .execute();
    }

    TokenResponse refresh(String refreshToken) throws IOException {
        return new RefreshTokenRequest(transport, json, new GenericUrl(settings.tokenUri()), refreshToken)
                .setClientAuthentication(clientAuthentication())
                .setRequestInitializer(timeouts)
                .execute();
    }

    /**
     * Best effort: the mentor wants out, and a failed revocation must not keep the tokens here. True when Google took
     * it; a failure is logged (without the token).
     */
    boolean revoke(String token) {
        try {
            transport.createRequestFactory(timeouts)
                    .buildPostRequest(new GenericUrl(settings.revokeUri()), new UrlEncodedContent(Map.of("token", token)))
                    .execute()
                    .disconnect();
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not revoke a Google token at {} (deleting it here anyway): {}", settings.revokeUri(),
                    e.toString());
            return false;
        }
    }

    /**
     * The account e-mail from the ID token. Its signature is not checked: it came straight from Google's token
     * endpoint over TLS, which OpenID Connect accepts as proof of origin.
     */
    String accountEmail(TokenResponse response) {
        Object idToken = response.get("id_token");
        if (!(idToken instanceof String text)) {
            return null;
        }
        try {
            Object email = IdToken.parse(json, text).getPayload().get("email");
            return email instanceof String value ? value : null;
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Unreadable id_token in token response: {}", e.toString());
            return null;
        }
    }

    private ClientParametersAuthentication clientAuthentication() {
        return new ClientParametersAuthentication(settings.clientId(), settings.clientSecret());
    }
}
