package io.mentorbot.calendar;

import java.io.IOException;
import java.util.Set;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;

/** Reads Google's error answers. */
final class GoogleFailures {

    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private GoogleFailures() {
    }

    static int status(Throwable e) {
        return e instanceof HttpResponseException http ? http.getStatusCode() : -1;
    }

    static boolean hasStatus(Throwable e, int... codes) {
        int status = status(e);
        for (int code : codes) {
            if (status == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether trying again later can succeed: rate limits (429, and Calendar's 403 rate-limit reasons), server errors,
     * an expired access token (401: a fresh one is fetched next time) and network failures. Anything else is a
     * request Google will keep refusing.
     */
    static boolean isTransient(Throwable e) {
        int status = status(e);
        if (status == 429 || status == 408 || status == 401 || status >= 500) {
            return true;
        }
        if (status == 403) {
            return rateLimited(e);
        }
        return status == -1 && e instanceof IOException;
    }

    static String describe(Throwable e) {
        if (e instanceof GoogleJsonResponseException google && google.getDetails() != null) {
            return google.getStatusCode() + " " + google.getDetails().getMessage();
        }
        if (e instanceof HttpResponseException http) {
            return http.getStatusCode() + " " + http.getStatusMessage();
        }
        return e.toString();
    }

    private static boolean rateLimited(Throwable e) {
        if (!(e instanceof GoogleJsonResponseException google) || google.getDetails() == null
                || google.getDetails().getErrors() == null) {
            return false;
        }
        return google.getDetails().getErrors().stream()
                .map(GoogleJsonError.ErrorInfo::getReason)
                .anyMatch(RATE_LIMIT_REASONS::contains);
    }
}
