package io.mentorbot.web.auth;

import io.mentorbot.identity.ExternalProvider;
import io.mentorbot.identity.ProviderSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** This site's addresses for the providers: the callback they send the browser to, and the web app's pages. */
@Component
class Callbacks {

    /** A path on this site: one slash, then no second slash or backslash (which browsers read as another host). */
    static final String SITE_PATH = "^/(?![/\\\\])[^\\s#]*$";

    private final ProviderSettings settings;

    Callbacks(ProviderSettings settings) {
        this.settings = settings;
    }

    String callback(ExternalProvider provider) {
        return base() + "/api/v1/auth/" + provider.pathName() + "/callback";
    }

    String page(String path) {
        return base() + path;
    }

    private String base() {
        String configured = settings.publicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
