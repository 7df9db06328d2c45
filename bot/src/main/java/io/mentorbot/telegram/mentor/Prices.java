package io.mentorbot.telegram.mentor;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentorbot.mentors.MentorProfile;

/** Reads prices as mentors type them: "0", "500", "500 UAH", "25.50 usd", "25,5 EUR". */
final class Prices {

    private static final Pattern PRICE = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*([A-Za-z]{3})?");

    private Prices() {
    }

    record Price(long minor, String currency) {
    }

    static Optional<Price> parse(String text, String currentCurrency) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PRICE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String fraction = m.group(2) == null ? "0" : (m.group(2) + "0").substring(0, 2);
        long minor = Long.parseLong(m.group(1)) * 100 + Long.parseLong(fraction);
        String currency = m.group(3) == null ? currentCurrency : m.group(3).toUpperCase(Locale.ROOT);
        return Optional.of(new Price(minor, currency));
    }

    static String format(MentorProfile profile) {
        return MentorTexts.amount(profile.priceMinor(), profile.currency());
    }
}
