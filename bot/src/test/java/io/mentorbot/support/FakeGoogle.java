package io.mentorbot.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A small stateful stand-in for Google's OAuth token and revocation endpoints and the Calendar v3 API (events and
 * free/busy), on a loopback port, started once per test JVM. The bot reaches it through calendar-sync's real Google
 * clients. A code exchanges for the refresh token {@code 1//refresh-<code>} and the account {@code <code>@example.com};
 * a code starting with {@code bad} is refused.
 */
public final class FakeGoogle {

    public static final String CLIENT_ID = "test-client";
    public static final String CLIENT_SECRET = "test-secret";
    static final String EVENTS_PATH = "/calendar/v3/calendars/primary/events";
    private static final String SCOPES = "openid email https://www.googleapis.com/auth/calendar.events "
            + "https://www.googleapis.com/auth/calendar.freebusy";

    private static FakeGoogle instance;

    private final WireMockServer server;
    private final Map<String, JsonObject> events = new HashMap<>();
    private final List<Instant[]> busy = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();
    private int etags;
    private boolean grantsRevoked;

    private FakeGoogle() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Endpoint()));
        server.start();
        server.stubFor(any(urlPathMatching("/calendar/v3/.*")).willReturn(aResponse().withTransformers("google")));
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withTransformers("google")));
        server.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withTransformers("google")));
    }

    public static synchronized FakeGoogle get() {
        if (instance == null) {
            instance = new FakeGoogle();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public synchronized void reset() {
        server.resetRequests();
        events.clear();
        busy.clear();
        revoked.clear();
        grantsRevoked = false;
    }

    /** The mentor revokes the app in their Google account: refresh tokens are refused ({@code invalid_grant}). */
    public synchronized void revokeGrants() {
        grantsRevoked = true;
    }

    /** The mentor's calendar holds something else in {@code [start, end)}. */
    public synchronized void busy(Instant start, Instant end) {
        busy.add(new Instant[] {start, end});
    }

    /** The tokens the bot revoked at Google's revocation endpoint, oldest first. */
    public synchronized List<String> revokedTokens() {
        return List.copyOf(revoked);
    }

    /** Live (not cancelled) events. */
    public synchronized List<JsonObject> liveEvents() {
        return events.values().stream().filter(e -> !"cancelled".equals(e.get("status").getAsString()))
                .map(JsonObject::deepCopy).toList();
    }

    private final class Endpoint implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "google";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            synchronized (FakeGoogle.this) {
                Request request = serveEvent.getRequest();
                String path = request.getUrl().replaceFirst("\\?.*$", "");
                if (path.equals("/revoke")) {
                    revoked.add(form(request, "token"));
                    return ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();
                }
                if (path.equals("/token")) {
                    return token(request);
                }
                String method = request.containsHeader("X-HTTP-Method-Override")
                        ? request.getHeader("X-HTTP-Method-Override") : request.getMethod().getName();
                if (path.equals("/calendar/v3/freeBusy")) {
                    return freeBusy();
                }
                if (path.equals(EVENTS_PATH) && method.equals("POST")) {
                    JsonObject body = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject();
                    String id = body.get("id").getAsString();
                    if (events.containsKey(id)) {
                        return error(409, "duplicate");
                    }
                    body.addProperty("status", "confirmed");
                    body.addProperty("etag", "\"etag-" + (++etags) + "\"");
                    if (body.has("conferenceData")) { // Google makes the Meet link the event asked for
                        body.addProperty("hangoutLink", "https://meet.google.com/" + id.substring(0, 10));
                    }
                    events.put(id, body);
                    return json(200, body);
                }
                JsonObject event = events.get(path.substring(EVENTS_PATH.length() + 1));
                if (event == null) {
                    return error(404, "notFound");
                }
                switch (method) {
                    case "GET":
                        return json(200, event);
                    case "PATCH":
                        JsonParser.parseString(request.getBodyAsString()).getAsJsonObject().entrySet()
                                .forEach(entry -> event.add(entry.getKey(), entry.getValue()));
                        event.addProperty("etag", "\"etag-" + (++etags) + "\"");
                        return json(200, event);
                    case "DELETE":
                        if ("cancelled".equals(event.get("status").getAsString())) {
                            return error(410, "deleted");
                        }
                        event.addProperty("status", "cancelled");
                        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
                    default:
                        return error(405, "methodNotAllowed");
                }
            }
        }

        private ResponseDefinition token(Request request) {
            if (!CLIENT_ID.equals(form(request, "client_id")) || !CLIENT_SECRET.equals(form(request, "client_secret"))) {
                return oauthError("invalid_client");
            }
            JsonObject body = new JsonObject();
            body.addProperty("access_token", "ya29." + UUID.randomUUID());
            body.addProperty("expires_in", 3599);
            body.addProperty("token_type", "Bearer");
            body.addProperty("scope", SCOPES);
            if ("refresh_token".equals(form(request, "grant_type")) && grantsRevoked) {
                return oauthError("invalid_grant");
            }
            if ("authorization_code".equals(form(request, "grant_type"))) {
                String code = form(request, "code");
                if (code == null || code.startsWith("bad") || form(request, "code_verifier") == null) {
                    return oauthError("invalid_grant");
                }
                body.addProperty("refresh_token", "1//refresh-" + code);
                body.addProperty("id_token", base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
                        + base64("{\"iss\":\"https://accounts.google.com\",\"aud\":\"" + CLIENT_ID
                        + "\",\"sub\":\"42\",\"email\":\"" + code + "@example.com\"}") + "." + base64("signature"));
            }
            return json(200, body);
        }

        private ResponseDefinition freeBusy() {
            JsonArray periods = new JsonArray();
            for (Instant[] span : busy) {
                JsonObject period = new JsonObject();
                period.addProperty("start", span[0].toString());
                period.addProperty("end", span[1].toString());
                periods.add(period);
            }
            JsonObject primary = new JsonObject();
            primary.add("busy", periods);
            JsonObject calendars = new JsonObject();
            calendars.add("primary", primary);
            JsonObject response = new JsonObject();
            response.addProperty("kind", "calendar#freeBusy");
            response.add("calendars", calendars);
            return json(200, response);
        }

        private String form(Request request, String name) {
            FormParameter parameter = request.formParameter(name);
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinition oauthError(String error) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", "fake says " + error);
        return json(400, body);
    }

    private static ResponseDefinition error(int status, String reason) {
        JsonObject item = new JsonObject();
        item.addProperty("domain", "global");
        item.addProperty("reason", reason);
        item.addProperty("message", "fake " + reason);
        JsonArray items = new JsonArray();
        items.add(item);
        JsonObject error = new JsonObject();
        error.addProperty("code", status);
        error.addProperty("message", "fake " + reason);
        error.add("errors", items);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return json(status, body);
    }

    private static ResponseDefinition json(int status, JsonObject body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body.toString()).build();
    }
}
