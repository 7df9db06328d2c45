package io.mentorbot.mail;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an e-mail address as people type it, strictly enough that mail to it can be delivered: one {@code @}, a
 * plain (unquoted, ASCII) local part, a domain of at least two labels whose last is a real top-level name, 254
 * characters at most. International domains are kept in their ASCII (punycode) form.
 */
public final class EmailAddress {

    /** The longest address SMTP carries (RFC 5321 path limit less the brackets). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddress() {
    }

    /** The address, tidied (blanks around it removed, domain in lower case), or empty when it is not one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        int at = text.indexOf('@');
        if (text.length() > MAX_LENGTH || at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return Optional.empty();
        }
        String local = text.substring(0, at);
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            return Optional.empty();
        }
        return domain(text.substring(at + 1)).map(domain -> local + "@" + domain)
                .filter(address -> address.length() <= MAX_LENGTH);
    }

    private static Optional<String> domain(String typed) {
        String ascii;
        try {
            ascii = IDN.toASCII(typed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || !TOP.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }
}
