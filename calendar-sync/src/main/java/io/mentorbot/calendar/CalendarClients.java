package io.mentorbot.calendar;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.services.calendar.Calendar;

/** Builds Calendar API clients for one access token each (cheap: the transport is shared). */
final class CalendarClients {

    private final HttpTransport transport;
    private final JsonFactory json;
    private final HttpRequestInitializer timeouts;
    private final String rootUrl;

    CalendarClients(HttpTransport transport, JsonFactory json, HttpRequestInitializer timeouts, String rootUrl) {
        this.transport = transport;
        this.json = json;
        this.timeouts = timeouts;
        this.rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
    }

    Calendar forToken(String accessToken) {
        return new Calendar.Builder(transport, json, request -> {
            timeouts.initialize(request);
            request.getHeaders().setAuthorization("Bearer " + accessToken);
        })
                .setRootUrl(rootUrl)
                .setApplicationName("MentorBot")
                // Event bodies are a few hundred bytes: gzip saves nothing and makes them unreadable in logs and fakes.
                .setGoogleClientRequestInitializer(request -> request.setDisableGZipContent(true))
                .build();
    }
}
