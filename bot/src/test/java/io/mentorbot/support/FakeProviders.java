package io.mentorbot.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stateful stand-in for Google's and GitHub's OAuth 2 sign-in on a loopback port, one per test JVM. A test plays the
 * browser: it follows the platform's redirect to {@link #authorize}, which checks the request as the provider would
 * and hands out a code for the person; the token endpoints then exchange each code once, only for the client's id and
 * secret, the same redirect URI and the PKCE verifier whose S256 is the challenge; the user endpoints answer for the
 * access token (Google: OpenID userinfo; GitHub: {@code /user} and {@code /user/emails}).
 */
public final class FakeProviders {

    public static final String GOOGLE_ID = "google-sign-in";
    public static final String GOOGLE_SECRET = "google-sign-in-secret";
    public static final String GITHUB_ID = "github-sign-in";
    public static final String GITHUB_SECRET = "github-sign-in-secret";

    /** Someone at a provider: their id there, their address and whether the provider verified it, their name. */
    public record Person(String subject, String email, boolean verified, String givenName, String familyName) {
    }

    private record Grant(String provider, Person person, String challenge, String redirectUri) {
    }

    private static FakeProviders instance;

    private final WireMockServer server;
    private final Map<String, Grant> codes = new HashMap<>();
    private final Set<String> usedCodes = new HashSet<>();
    private final Map<String, Grant> accessTokens = new HashMap<>();
    private final List<String> verifiers = new ArrayList<>();

    private FakeProviders() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Endpoints()));
        server.start();
        server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withTransformers("providers")));
    }

    public static synchronized FakeProviders get() {
        if (instance == null) {
            instance = new FakeProviders();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
        }
        return instance;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * The person approves the platform's request at the provider ({@code authorization}: the URL the platform sent
     * the browser to); answers the query of the provider's redirect back: {@code code} and {@code state}.
     */
    public synchronized Map<String, String> authorize(String authorization, Person person) {
        URI uri = URI.create(authorization);
        Map<String, String> query = query(uri.getRawQuery());
        String provider = uri.getPath().startsWith("/google") ? "google" : "github";
        String clientId = provider.equals("google") ? GOOGLE_ID : GITHUB_ID;
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null
                || query.get("state") == null || query.get("redirect_uri") == null) {
            throw new AssertionError("Not a request the provider accepts: " + authorization);
        }
        String code = provider + "-" + UUID.randomUUID();
        codes.put(code, new Grant(provider, person, query.get("code_challenge"), query.get("redirect_uri")));
        return Map.of("code", code, "state", query.get("state"), "redirect_uri", query.get("redirect_uri"));
    }

    /** The PKCE verifiers the token endpoints received, in order. */
    public synchronized List<String> verifiers() {
        return List.copyOf(verifiers);
    }

    public static Map<String, String> query(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw == null) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private final class Endpoints implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "providers";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            synchronized (FakeProviders.this) {
                Request request = serveEvent.getRequest();
                String path = URI.create(request.getUrl()).getPath();
                return switch (path) {
                    case "/google/token" -> token(request, "google", GOOGLE_ID, GOOGLE_SECRET);
                    case "/github/token" -> token(request, "github", GITHUB_ID, GITHUB_SECRET);
                    case "/google/userinfo" -> user(request, "google", grant -> "{\"sub\":\"" + grant.person().subject()
                            + "\",\"email\":\"" + grant.person().email() + "\",\"email_verified\":"
                            + grant.person().verified() + ",\"given_name\":\"" + grant.person().givenName()
                            + "\",\"family_name\":\"" + grant.person().familyName() + "\",\"locale\":\"uk\"}");
                    case "/github/user" -> user(request, "github", grant -> "{\"id\":" + grant.person().subject()
                            + ",\"login\":\"" + grant.person().givenName().toLowerCase() + "\",\"name\":\""
                            + grant.person().givenName() + " " + grant.person().familyName() + "\"}");
                    case "/github/user/emails" -> user(request, "github", grant -> "[{\"email\":\"old@example.com\","
                            + "\"primary\":false,\"verified\":true},{\"email\":\"" + grant.person().email()
                            + "\",\"primary\":true,\"verified\":" + grant.person().verified() + "}]");
                    default -> json(404, "{\"error\":\"not_found\"}");
                };
            }
        }

        private ResponseDefinition token(Request request, String provider, String id, String secret) {
            String code = form(request, "code");
            String verifier = form(request, "code_verifier");
            if (verifier != null) {
                verifiers.add(verifier);
            }
            Grant grant = codes.get(code);
            boolean good = id.equals(form(request, "client_id")) && secret.equals(form(request, "client_secret"))
                    && "authorization_code".equals(form(request, "grant_type")) && grant != null
                    && grant.provider().equals(provider) && usedCodes.add(code)
                    && grant.redirectUri().equals(form(request, "redirect_uri"))
                    && verifier != null && s256(verifier).equals(grant.challenge());
            if (!good) {
                // GitHub answers a bad code with 200 and an error; Google with 400.
                return provider.equals("github") ? json(200, "{\"error\":\"bad_verification_code\"}")
                        : json(400, "{\"error\":\"invalid_grant\"}");
            }
            String token = provider + "-token-" + UUID.randomUUID();
            accessTokens.put(token, grant);
            return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3599}");
        }

        private ResponseDefinition user(Request request, String provider,
                                        java.util.function.Function<Grant, String> body) {
            String authorization = request.getHeader("Authorization");
            Grant grant = authorization == null ? null : accessTokens.get(authorization.replace("Bearer ", ""));
            if (grant == null || !grant.provider().equals(provider)) {
                return json(401, "{\"error\":\"invalid_token\"}");
            }
            return json(200, body.apply(grant));
        }

        private String form(Request request, String name) {
            FormParameter parameter = request.formParameter(name);
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
        }
    }

    private static ResponseDefinition json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
