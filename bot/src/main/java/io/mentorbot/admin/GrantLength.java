package io.mentorbot.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a temporary admin grant lasts, as an admin types it: {@code 30m}, {@code 24h}, {@code 7d}. */
public final class GrantLength {

    /** The longest grant: anything longer should be a configured admin. */
    public static final Duration MAX = Duration.ofDays(90);
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})([mhd])");

    private GrantLength() {
    }

    /** The duration, or empty when the text is not one or lies outside one minute to {@link #MAX}. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return length.isZero() || length.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(length);
    }
}
