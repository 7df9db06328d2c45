package io.mentorbot.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The web app's address ({@code PUBLIC_BASE_URL}) for the links in letters, read once: without it a letter names the
 * platform's website in words, or gives the path alone.
 */
@Component
class WebApp {

    private final String base;

    WebApp(@Value("${mentorbot.mail.web-base-url:}") String base) {
        this.base = base == null ? "" : base.strip().replaceAll("/+$", "");
    }

    /** Whether the web app's address is known. */
    boolean known() {
        return !base.isEmpty();
    }

    /** The address of a page of the web app, {@code path} starting with a slash (only the path when unknown). */
    String page(String path) {
        return base + path;
    }

    /** The page of a booking, where it is moved, cancelled or answered. */
    String booking(long bookingId) {
        return page("/bookings/" + bookingId);
    }
}
