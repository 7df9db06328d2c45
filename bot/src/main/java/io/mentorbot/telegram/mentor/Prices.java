package io.mentorbot.telegram.mentor;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Money;

/**
 * Reads prices as mentors type them: "0", "300", "300 грн", "300 uah", "₴300", "25.50 usd", "$25", "25,5 EUR";
 * a price without a currency keeps the current one.
 */
final class Prices {

    private static final Pattern PRICE = Pattern.compile(
            "(?iu)([$€£₴])?\\s*(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*([a-z]{3}|грн\\.?|гривн[яіь]|гривень|[$€£₴])?");
    private static final Map<String, String> NAMES = Map.of("$", "USD", "€", "EUR", "£", "GBP", "₴", "UAH");

    private Prices() {
    }

    record Price(long minor, String currency) {
    }

    static Optional<Price> parse(String text, String currentCurrency) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PRICE.matcher(text.strip());
        if (!m.matches() || (m.group(1) != null && m.group(4) != null)) {
            return Optional.empty();
        }
        String fraction = m.group(3) == null ? "0" : (m.group(3) + "0").substring(0, 2);
        long minor = Long.parseLong(m.group(2)) * 100 + Long.parseLong(fraction);
        String named = m.group(1) != null ? m.group(1) : m.group(4);
        return Optional.of(new Price(minor, named == null ? currentCurrency : currency(named)));
    }

    static String format(Turn turn, MentorProfile profile) {
        return Money.format(turn.language(), profile.priceMinor(), profile.currency());
    }

    private static String currency(String named) {
        String lower = named.toLowerCase(Locale.ROOT);
        if (lower.startsWith("грн") || lower.startsWith("гривн") || lower.equals("гривень")) {
            return "UAH";
        }
        return NAMES.getOrDefault(named, named.toUpperCase(Locale.ROOT));
    }
}
