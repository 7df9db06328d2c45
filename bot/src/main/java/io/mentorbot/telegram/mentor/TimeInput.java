package io.mentorbot.telegram.mentor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates and times mentors type: "2026-12-01", "18:00", "9:30", "18:00-21:00", "18-21". */
final class TimeInput {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?");
    private static final Pattern SPAN = Pattern.compile("(\\S+?)\\s*(?:[-–—]\\s*(\\S+))?");

    private TimeInput() {
    }

    /** A start alone ({@code to} null) or a range. */
    record Span(LocalTime from, LocalTime to) {
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Span> span(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        Matcher m = SPAN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> from = time(m.group(1));
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new Span(from.get(), null));
        }
        return time(m.group(2)).map(to -> new Span(from.get(), to));
    }

    private static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0
                : Integer.parseInt(m.group(2))));
    }
}
