package io.mentorbot.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Talks to Google and GitHub as their OAuth 2 documentation says: the authorization URL (code flow, state, PKCE with
 * S256), the code exchange at the token endpoint (client id and secret, the PKCE verifier, the same redirect URI) and
 * the person behind the token (Google: OpenID userinfo, the address only when {@code email_verified}; GitHub:
 * {@code /user} and the primary verified address of {@code /user/emails}).
 */
@Component
class ProviderClient {

    private static final Logger log = LoggerFactory.getLogger(ProviderClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ProviderSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ProviderClient(ProviderSettings settings) {
        this.settings = settings;
    }

    boolean on(ExternalProvider provider) {
        return settings.of(provider).configured();
    }

    URI authorizationUri(ExternalProvider provider, String callbackUri, String state, String challenge) {
        ProviderSettings.Client client = settings.of(provider);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", callbackUri);
        query.put("scope", provider == ExternalProvider.GOOGLE ? "openid email profile" : "read:user user:email");
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        if (provider == ExternalProvider.GOOGLE) {
            query.put("prompt", "select_account");
        }
        return URI.create(client.authUri() + (client.authUri().contains("?") ? "&" : "?") + form(query));
    }

    /** The person who granted the code; empty when the provider refuses the code or cannot be read. */
    Optional<ExternalPerson> person(ExternalProvider provider, String code, String verifier, String callbackUri) {
        ProviderSettings.Client client = settings.of(provider);
        try {
            Map<String, String> exchange = new LinkedHashMap<>();
            exchange.put("grant_type", "authorization_code");
            exchange.put("code", code);
            exchange.put("redirect_uri", callbackUri);
            exchange.put("client_id", client.clientId());
            exchange.put("client_secret", client.clientSecret());
            exchange.put("code_verifier", verifier);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(client.tokenUri()))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form(exchange))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode token = answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
            // GitHub answers a refused code with 200 and an "error" field.
            if (token == null || token.hasNonNull("error") || !token.hasNonNull("access_token")) {
                log.info("{} refused a sign-in code: status {}", provider, answer.statusCode());
                return Optional.empty();
            }
            String accessToken = token.get("access_token").asText();
            return provider == ExternalProvider.GOOGLE ? google(client, accessToken) : github(client, accessToken);
        } catch (IOException | RuntimeException e) {
            log.warn("{} sign-in failed: {}", provider, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<ExternalPerson> google(ProviderSettings.Client client, String accessToken)
            throws IOException, InterruptedException {
        Optional<JsonNode> info = read(client.userUri(), accessToken);
        if (info.isEmpty() || !info.get().hasNonNull("sub")) {
            return Optional.empty();
        }
        JsonNode user = info.get();
        String email = user.path("email_verified").asBoolean(false) ? text(user, "email") : null;
        return Optional.of(new ExternalPerson(user.get("sub").asText(), email, text(user, "given_name"),
                text(user, "family_name"), text(user, "locale")));
    }

    private Optional<ExternalPerson> github(ProviderSettings.Client client, String accessToken)
            throws IOException, InterruptedException {
        Optional<JsonNode> info = read(client.userUri(), accessToken);
        if (info.isEmpty() || !info.get().hasNonNull("id")) {
            return Optional.empty();
        }
        JsonNode user = info.get();
        String email = null;
        Optional<JsonNode> emails = read(client.emailsUri(), accessToken);
        if (emails.isPresent() && emails.get().isArray()) {
            for (JsonNode entry : emails.get()) {
                if (entry.path("primary").asBoolean(false) && entry.path("verified").asBoolean(false)) {
                    email = text(entry, "email");
                }
            }
        }
        String name = text(user, "name");
        if (name == null) {
            name = text(user, "login");
        }
        String first = name;
        String last = null;
        int space = name == null ? -1 : name.indexOf(' ');
        if (space > 0) {
            first = name.substring(0, space);
            last = name.substring(space + 1).strip();
        }
        return Optional.of(new ExternalPerson(user.get("id").asText(), email, first, last, null));
    }

    private Optional<JsonNode> read(String uri, String accessToken) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? Optional.of(JSON.readTree(answer.body())) : Optional.empty();
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        return value == null || value.isBlank() ? null : value;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
