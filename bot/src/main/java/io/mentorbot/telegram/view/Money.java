package io.mentorbot.telegram.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.accounts.Language;

/**
 * Amounts as each language writes them, the same on every screen: "300 грн" and "300 UAH" for hryvnias, "$30" and
 * "€25.50" for dollars and euros, "40 PLN" for other currencies; a whole amount has no ".00".
 */
public final class Money {

    /** Currencies written with their sign before the amount, in every language. */
    private static final Map<String, String> SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£");

    private Money() {
    }

    /** {@code minor} units (cents, kopiykas) of {@code currency}, an ISO 4217 code. */
    public static String format(Language language, long minor, String currency) {
        String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
        String amount = amount(language.locale(), minor);
        String sign = SIGNS.get(code);
        if (sign != null) {
            return sign + amount;
        }
        if (code.equals("UAH") && language == Language.UK) {
            return amount + " грн";
        }
        return code.isEmpty() ? amount : amount + " " + code;
    }

    private static String amount(Locale locale, long minor) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        boolean whole = minor % 100 == 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(BigDecimal.valueOf(minor, 2));
    }
}
