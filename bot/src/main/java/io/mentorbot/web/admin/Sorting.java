package io.mentorbot.web.admin;

import java.util.Locale;

/**
 * A list's {@code sort} parameter: a field name of the list's whitelist (checked by the parameter's pattern before
 * this runs), with a leading {@code -} for the reverse order; {@code last-seen} names the enum constant
 * {@code LAST_SEEN}.
 */
record Sorting<E extends Enum<E>>(E field, boolean descending) {

    static <E extends Enum<E>> Sorting<E> parse(String sort, Class<E> fields) {
        boolean descending = sort.startsWith("-");
        String name = (descending ? sort.substring(1) : sort).replace('-', '_').toUpperCase(Locale.ROOT);
        return new Sorting<>(Enum.valueOf(fields, name), descending);
    }
}
