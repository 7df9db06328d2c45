package io.mentorbot.calendar;

import java.nio.charset.StandardCharsets;
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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
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
 * A stateful stand-in for Google's OAuth token, revocation and Calendar v3 endpoints on a loopback port, with fault
 * injection. It keeps real state (events with etags, issued tokens, revoked grants), so tests can check what the
 * mentor's calendar finally holds, not just which requests were sent. One per test JVM.
 *
 * <p>Shared with the bot's tests (this module's test-jar), which reach it through calendar-sync's real Google clients.
 * The client {@link #CLIENT_ID} / {@link #CLIENT_SECRET} is accepted; a code exchanges for the refresh token
 * {@link #refreshTokenFor(String) 1//refresh-<code>} and the account {@code <code>@example.com}; a code starting with
 * {@code bad} is refused.
 */
public final class FakeGoogle {

    public static final String CLIENT_ID = "test-client";
    public static final String CLIENT_SECRET = "test-secret";
    public static final String EVENTS_PATH = "/calendar/v3/calendars/primary/events";

    private static FakeGoogle instance;

    private final WireMockServer server;
    private final Map<String, JsonObject> events = new HashMap<>();
    private final Set<String> accessTokens = new HashSet<>();
    private final Set<String> revokedGrants = new HashSet<>();
    private final List<String> revocations = new ArrayList<>();
    private final List<Interval> busy = new ArrayList<>();
    private int etagCounter;
    private int failuresLeft;
    private int failureStatus;
    private String failureReason;
    private boolean loseNextInsertAnswer;
    private boolean allGrantsRevoked;

    private FakeGoogle() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new CalendarEndpoint(), new OAuthEndpoint()));
        server.start();
        server.stubFor(any(urlPathMatching("/calendar/v3/.*")).willReturn(aResponse().withTransformers("calendar")));
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withTransformers("oauth")));
        server.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withTransformers("oauth")));
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

    public WireMockServer server() {
        return server;
    }

    public synchronized void reset() {
        server.resetRequests();
        events.clear();
        busy.clear();
        revokedGrants.clear();
        revocations.clear();
        failuresLeft = 0;
        loseNextInsertAnswer = false;
        allGrantsRevoked = false;
    }

    /** The next {@code times} Calendar requests fail with {@code status} (and Google's error {@code reason}). */
    public synchronized void failCalendar(int times, int status, String reason) {
        failuresLeft = times;
        failureStatus = status;
        failureReason = reason;
    }

    /** Calendar requests fail with 503 until {@link #recover()}. */
    public synchronized void outage() {
        failCalendar(Integer.MAX_VALUE, 503, "backendError");
    }

    public synchronized void recover() {
        failuresLeft = 0;
    }

    /** The next insert is carried out, but its answer never reaches the client (the connection drops). */
    public synchronized void loseNextInsertAnswer() {
        loseNextInsertAnswer = true;
    }

    /** The mentor revokes the app in their Google account: the refresh token is refused from now on. */
    public synchronized void revokeGrant(String refreshToken) {
        revokedGrants.add(refreshToken);
    }

    /** The mentors revoke the app in their Google accounts: every refresh token is refused from now on. */
    public synchronized void revokeGrants() {
        allGrantsRevoked = true;
    }

    /** Whether this refresh token's grant is gone (revoked at Google's revocation endpoint or by the mentor). */
    public synchronized boolean wasRevoked(String refreshToken) {
        return revokedGrants.contains(refreshToken);
    }

    /** The tokens sent to Google's revocation endpoint, oldest first. */
    public synchronized List<String> revokedTokens() {
        return List.copyOf(revocations);
    }

    /** Someone edits the event in Google: its etag changes. */
    public synchronized void editInGoogle(String id) {
        events.get(id).addProperty("etag", nextEtag());
    }

    /** The mentor's calendar holds something else in these spans (and nothing else). */
    public synchronized void busy(Interval... intervals) {
        busy.clear();
        busy.addAll(List.of(intervals));
    }

    /** Live (not cancelled) events, by id. */
    public synchronized Map<String, JsonObject> liveEvents() {
        Map<String, JsonObject> live = new HashMap<>();
        events.forEach((id, event) -> {
            if (!"cancelled".equals(event.get("status").getAsString())) {
                live.put(id, event.deepCopy());
            }
        });
        return live;
    }

    public static String refreshTokenFor(String code) {
        return "1//refresh-" + code;
    }

    private String nextEtag() {
        return "\"etag-" + (++etagCounter) + "\"";
    }

    private final class CalendarEndpoint implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "calendar";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            synchronized (FakeGoogle.this) {
                Request request = serveEvent.getRequest();
                if (failuresLeft > 0) {
                    failuresLeft--;
                    return error(failureStatus, failureReason);
                }
                String auth = request.getHeader("Authorization");
                if (auth == null || !accessTokens.contains(auth.replaceFirst("^Bearer ", ""))) {
                    return error(401, "authError");
                }
                String method = request.containsHeader("X-HTTP-Method-Override")
                        ? request.getHeader("X-HTTP-Method-Override") : request.getMethod().getName();
                String path = request.getUrl().replaceFirst("\\?.*$", "");
                if (path.equals("/calendar/v3/freeBusy")) {
                    return freeBusy();
                }
                if (path.equals(EVENTS_PATH) && method.equals("POST")) {
                    return insert(request);
                }
                String id = path.substring(EVENTS_PATH.length() + 1);
                JsonObject event = events.get(id);
                if (event == null) {
                    return error(404, "notFound");
                }
                return switch (method) {
                    case "GET" -> json(200, event);
                    case "PATCH" -> patch(request, event);
                    case "DELETE" -> delete(event);
                    default -> error(405, "methodNotAllowed");
                };
            }
        }

        private ResponseDefinition insert(Request request) {
            JsonObject body = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject();
            String id = body.get("id").getAsString();
            if (events.containsKey(id)) {
                return error(409, "duplicate");
            }
            body.addProperty("status", "confirmed");
            apply(request, body, body);
            events.put(id, body);
            if (loseNextInsertAnswer) {
                loseNextInsertAnswer = false;
                return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER)
                        .build();
            }
            return json(200, body);
        }

        private ResponseDefinition patch(Request request, JsonObject event) {
            String ifMatch = request.getHeader("If-Match");
            if (ifMatch != null && !ifMatch.equals(event.get("etag").getAsString())) {
                return error(412, "conditionNotMet");
            }
            JsonObject changes = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject();
            changes.entrySet().forEach(entry -> event.add(entry.getKey(), entry.getValue()));
            apply(request, changes, event);
            return json(200, event);
        }

        private ResponseDefinition delete(JsonObject event) {
            if ("cancelled".equals(event.get("status").getAsString())) {
                return error(410, "deleted");
            }
            event.addProperty("status", "cancelled");
            event.addProperty("etag", nextEtag());
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
        }

        /** New etag; a Meet link when asked for with conferenceDataVersion=1, as Google does. */
        private void apply(Request request, JsonObject sent, JsonObject event) {
            event.addProperty("etag", nextEtag());
            QueryParameter version = request.queryParameter("conferenceDataVersion");
            if (sent.has("conferenceData") && version.isPresent() && version.firstValue().equals("1")) {
                String link = "https://meet.google.com/" + event.get("id").getAsString().substring(0, 10);
                JsonObject entry = new JsonObject();
                entry.addProperty("entryPointType", "video");
                entry.addProperty("uri", link);
                JsonArray entries = new JsonArray();
                entries.add(entry);
                JsonObject conference = new JsonObject();
                conference.add("entryPoints", entries);
                event.add("conferenceData", conference);
                event.addProperty("hangoutLink", link);
            }
        }

        private ResponseDefinition freeBusy() {
            JsonArray periods = new JsonArray();
            for (Interval interval : busy) {
                JsonObject period = new JsonObject();
                period.addProperty("start", interval.start().toString());
                period.addProperty("end", interval.end().toString());
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
    }

    private final class OAuthEndpoint implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "oauth";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            synchronized (FakeGoogle.this) {
                Request request = serveEvent.getRequest();
                if (request.getUrl().startsWith("/revoke")) {
                    revokedGrants.add(form(request, "token"));
                    revocations.add(form(request, "token"));
                    return ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();
                }
                if (!CLIENT_ID.equals(form(request, "client_id"))
                        || !CLIENT_SECRET.equals(form(request, "client_secret"))) {
                    return oauthError("invalid_client");
                }
                return switch (String.valueOf(form(request, "grant_type"))) {
                    case "authorization_code" -> exchange(request);
                    case "refresh_token" -> allGrantsRevoked || revokedGrants.contains(form(request, "refresh_token"))
                            ? oauthError("invalid_grant") : tokens(null, null);
                    default -> oauthError("unsupported_grant_type");
                };
            }
        }

        private ResponseDefinition exchange(Request request) {
            String code = form(request, "code");
            if (code == null || code.startsWith("bad") || form(request, "code_verifier") == null) {
                return oauthError("invalid_grant");
            }
            String claims = "{\"iss\":\"https://accounts.google.com\",\"aud\":\"" + CLIENT_ID + "\",\"sub\":\"42\","
                    + "\"email\":\"" + code + "@example.com\"}";
            String idToken = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims) + "."
                    + base64("signature");
            return tokens(refreshTokenFor(code), idToken);
        }

        private ResponseDefinition tokens(String refreshToken, String idToken) {
            String accessToken = "ya29." + UUID.randomUUID();
            accessTokens.add(accessToken);
            JsonObject body = new JsonObject();
            body.addProperty("access_token", accessToken);
            body.addProperty("expires_in", 3599);
            body.addProperty("token_type", "Bearer");
            body.addProperty("scope", String.join(" ", GoogleOAuth.SCOPES));
            if (refreshToken != null) {
                body.addProperty("refresh_token", refreshToken);
            }
            if (idToken != null) {
                body.addProperty("id_token", idToken);
            }
            return json(200, body);
        }

        private ResponseDefinition oauthError(String error) {
            JsonObject body = new JsonObject();
            body.addProperty("error", error);
            body.addProperty("error_description", "fake says " + error);
            return json(400, body);
        }

        private String form(Request request, String name) {
            FormParameter parameter = request.formParameter(name);
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
        }

        private String base64(String text) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
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
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toString()).build();
    }
}
