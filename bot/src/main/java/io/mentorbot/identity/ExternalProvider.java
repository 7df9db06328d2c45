package io.mentorbot.identity;

import java.util.Locale;
import java.util.Optional;

/** A way into an account besides Telegram: a Google or GitHub identity, signed in with OAuth 2 (code + PKCE). */
public enum ExternalProvider {
    GOOGLE, GITHUB;

    /** The provider named in a path ({@code google}, {@code github}), in any case. */
    public static Optional<ExternalProvider> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ExternalProvider provider : values()) {
            if (provider.name().equalsIgnoreCase(name)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** The provider's name in paths. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
