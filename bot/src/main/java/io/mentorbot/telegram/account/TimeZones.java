package io.mentorbot.telegram.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Understands the ways people write a time zone: "Europe/Kyiv", "europe/kyiv", "Kyiv", "New York", "new-york", "UTC",
 * "UTC+2", and common cities in Ukrainian or English ("Київ", "Варшава", "Нью-Йорк", "Lviv").
 */
@Component
class TimeZones {

    private static final Pattern OFFSET = Pattern.compile("(?i)(?:utc|gmt)?\\s*([+-]\\d{1,2}(?::\\d{2})?)");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final Map<String, String> byName = new TreeMap<>();

    TimeZones() {
        for (String id : ZoneId.getAvailableZoneIds()) {
            byName.put(key(id), id);
            int slash = id.lastIndexOf('/');
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                byName.putIfAbsent(key(id.substring(slash + 1)), id);
            }
        }
        // The old spelling people still type, mapped to the current one.
        byName.put(key("Kiev"), "Europe/Kyiv");
        byName.put(key("Europe/Kiev"), "Europe/Kyiv");
        Cities.ZONES.forEach((city, id) -> byName.put(key(city), id));
    }

    Optional<ZoneId> parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            return Optional.empty();
        }
        String id = byName.get(key(trimmed));
        if (id != null) {
            return Optional.of(ZoneId.of(id));
        }
        Matcher offset = OFFSET.matcher(trimmed);
        if (!offset.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of("UTC" + offset.group(1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The same key however the name is cased, spaced or hyphenated: "Нью-Йорк", "нью йорк", "New_York". */
    private static String key(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "")).replaceAll("_");
    }
}
