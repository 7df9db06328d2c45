package io.mentorbot.telegram.mentor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and times mentors type. Dates: "2026-12-01", "23.12", "23.12.2026", "today" / "сьогодні",
 * "tomorrow" / "завтра", "післязавтра". Times: "18:00", "9:30", "18", "9am", "9:30 pm", and ranges "18:00-21:00",
 * "18-21", "9am-11am". A date without a year is the next such day from today.
 */
final class TimeInput {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(1[0-2]|0?[1-9])(?::([0-5]\\d))?(am|pm)");
    private static final Pattern MERIDIEM_APART = Pattern.compile("(?<=\\d)\\s+(am|pm)\\b");
    private static final Pattern SPAN = Pattern.compile("(\\S+?)\\s*(?:[-–—]\\s*(\\S+))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}))?");
    private static final Map<String, Integer> RELATIVE = Map.of(
            "today", 0, "сьогодні", 0, "tomorrow", 1, "завтра", 1, "післязавтра", 2);

    private TimeInput() {
    }

    /** A start alone ({@code to} null) or a range. */
    record Span(LocalTime from, LocalTime to) {
    }

    /** The day meant by {@code text}, typed on {@code today} (the mentor's own date). */
    static Optional<LocalDate> date(String text, LocalDate today) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        Integer daysAhead = RELATIVE.get(typed);
        if (daysAhead != null) {
            return Optional.of(today.plusDays(daysAhead));
        }
        try {
            Matcher m = DAY_MONTH.matcher(typed);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
                }
                LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
                return Optional.of(thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : thisYear);
            }
            return Optional.of(LocalDate.parse(typed));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Span> span(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String typed = MERIDIEM_APART.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("$1");
        Matcher m = SPAN.matcher(typed);
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
        Matcher twelve = TWELVE_HOUR.matcher(text);
        if (twelve.matches()) {
            int hour = Integer.parseInt(twelve.group(1)) % 12 + (twelve.group(3).equals("pm") ? 12 : 0);
            return Optional.of(LocalTime.of(hour, minutes(twelve.group(2))));
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), minutes(m.group(2))));
    }

    private static int minutes(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }
}
