package io.mentorbot.telegram.calendar;

import io.mentorbot.calendar.CalendarConnections;
import io.mentorbot.calendar.CalendarSettings;
import io.mentorbot.calendar.Connected;
import io.mentorbot.calendar.ConsentRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Google sends the mentor back after the consent screen: finishes the connection and shows a small page.
 * A refused, tampered, expired or replayed state stores nothing and gets an error page (400).
 */
@RestController
class OAuthCallbackController {

    private static final Logger log = LoggerFactory.getLogger(OAuthCallbackController.class);

    private final ObjectProvider<CalendarConnections> calendar;
    private final CalendarNotices notices;

    OAuthCallbackController(ObjectProvider<CalendarConnections> calendar, CalendarNotices notices) {
        this.calendar = calendar;
        this.notices = notices;
    }

    @GetMapping(CalendarSettings.CALLBACK_PATH)
    ResponseEntity<String> callback(@RequestParam(required = false) String state,
                                    @RequestParam(required = false) String code,
                                    @RequestParam(required = false) String error) {
        CalendarConnections connections = calendar.getIfAvailable();
        if (connections == null) {
            return page(HttpStatus.NOT_FOUND, "Not available",
                    "Google Calendar sync is not available on this platform.");
        }
        if (error != null) {
            if ("access_denied".equals(error)) {
                return page(HttpStatus.OK, "Cancelled",
                        "Connecting Google Calendar was cancelled. Nothing was connected. "
                                + "You can go back to Telegram and try again with /connect_calendar.");
            }
            return page(HttpStatus.BAD_REQUEST, "Not connected",
                    "Google did not grant access. You can go back to Telegram and try again with /connect_calendar.");
        }
        if (code == null || code.isBlank()) {
            return page(HttpStatus.BAD_REQUEST, "Not connected",
                    "This link is incomplete. Please start again in Telegram with /connect_calendar.");
        }
        Connected connected;
        try {
            connected = connections.complete(state, code);
        } catch (ConsentRefused refused) {
            log.info("Calendar consent refused: {}", refused.reason());
            return page(HttpStatus.BAD_REQUEST, "Not connected", switch (refused.reason()) {
                case UNKNOWN_STATE -> "This link is not valid.";
                case EXPIRED_STATE -> "This link has expired.";
                case REPLAYED_STATE -> "This link has already been used.";
                case TOKEN_EXCHANGE_FAILED -> "Google did not confirm the access.";
                case INSUFFICIENT_GRANT -> "Calendar access was not granted.";
            } + " Nothing was connected. Please start again in Telegram with /connect_calendar.");
        }
        notices.connected(connected);
        return page(HttpStatus.OK, "Connected",
                "Your Google Calendar is connected. You can go back to Telegram.");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>MentorBot: " + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em\">"
                + "<h1>" + title + "</h1><p>" + message + "</p></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
