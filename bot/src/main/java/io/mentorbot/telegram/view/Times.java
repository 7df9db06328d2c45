package io.mentorbot.telegram.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;

import io.mentorbot.accounts.Language;

/** Dates and times as a reader sees them: in their own zone and language. */
public final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** "EEE d MMM" per language, built once: formatters are immutable, and parsing the pattern is not free. */
    private static final Map<Language, DateTimeFormatter> DAY = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            DAY.put(language, DateTimeFormatter.ofPattern("EEE d MMM", language.locale()));
        }
    }

    private Times() {
    }

    /** "Tue 1 Dec". */
    public static String day(LocalDate day, Language language) {
        return DAY.get(language).format(day);
    }

    /** "18:00". */
    public static String time(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    public static String time(LocalTime time) {
        return CLOCK.format(time);
    }

    /** "Tue 1 Dec 18:00". */
    public static String dayTime(Instant instant, ZoneId zone, Language language) {
        return day(instant.atZone(zone).toLocalDate(), language) + " " + time(instant, zone);
    }

    /** "18:00–19:00". */
    public static String span(Instant from, Instant to, ZoneId zone) {
        return time(from, zone) + "–" + time(to, zone);
    }

    /** "December 2026" (in Ukrainian the standalone form, "грудень 2026"). */
    public static String month(YearMonth month, Language language) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale()) + " " + month.getYear();
    }
}
