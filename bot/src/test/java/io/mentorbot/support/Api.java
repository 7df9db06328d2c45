package io.mentorbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A web API client for tests: real HTTP on loopback, JSON in and out, an optional bearer token and language. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: status, content type and the body as JSON (empty for no body); its headers and raw body too. */
    public record Answer(int status, String contentType, JsonNode body, String wwwAuthenticate, HttpHeaders headers,
                         String raw) {

        public Answer(int status, String contentType, JsonNode body, String wwwAuthenticate) {
            this(status, contentType, body, wwwAuthenticate, HttpHeaders.of(Map.of(), (name, value) -> true), "");
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }

        /** The header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String bearer) {
        return send(request(path, bearer, null).GET().build());
    }

    public Answer post(String path, Object body) {
        return post(path, body, null, null);
    }

    public Answer post(String path, Object body, String bearer, String language) {
        try {
            HttpRequest.Builder request = request(path, bearer, language)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any method with a JSON body (or none, for null), in the language asked for (or the default, for null). */
    public Answer send(String method, String path, Object body, String bearer, String language) {
        try {
            HttpRequest.Builder request = request(path, bearer, language);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any request with a raw body (a malformed one, another content type), for tests of refusals. */
    public Answer raw(String method, String path, String body, String contentType, String bearer) {
        HttpRequest.Builder request = request(path, bearer, null);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer get(String path, String bearer, String language) {
        return send(request(path, bearer, language).GET().build());
    }

    private HttpRequest.Builder request(String path, String bearer, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = body == null || body.isBlank() || !type.contains("json") ? JSON.createObjectNode()
                    : JSON.readTree(body);
            return new Answer(response.statusCode(), type, json,
                    response.headers().firstValue("WWW-Authenticate").orElse(null), response.headers(),
                    body == null ? "" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT (read, not verified: the server verifies). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claims(String jwt) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
            return JSON.readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
