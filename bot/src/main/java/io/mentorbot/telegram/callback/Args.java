package io.mentorbot.telegram.callback;

import java.util.List;
import java.util.Locale;

/**
 * The arguments of callback data, read as what they must be. Anything else throws: the data came from a user's
 * client, and the codec turns a throw into "nothing".
 */
public final class Args {

    private final List<String> values;

    Args(List<String> values) {
        this.values = values;
    }

    public String text(int index) {
        return values.get(index);
    }

    public long id(int index) {
        return Long.parseLong(text(index));
    }

    public int number(int index) {
        return Integer.parseInt(text(index));
    }

    /** A number within {@code min..max}. */
    public int number(int index, int min, int max) {
        int number = number(index);
        if (number < min || number > max) {
            throw new IllegalArgumentException(text(index));
        }
        return number;
    }

    /** True for the first word, false for the second, anything else is malformed. */
    public boolean flag(int index, String yes, String no) {
        String value = text(index);
        if (!value.equals(yes) && !value.equals(no)) {
            throw new IllegalArgumentException(value);
        }
        return value.equals(yes);
    }

    /** One of the allowed words. */
    public String oneOf(int index, String... allowed) {
        String value = text(index);
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    /** A short lower-case word (a topic code). */
    public String word(int index) {
        String value = text(index);
        if (!value.matches("[a-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    /** An enum constant written in lower case. */
    public <E extends Enum<E>> E constant(int index, Class<E> type) {
        return Enum.valueOf(type, text(index).toUpperCase(Locale.ROOT));
    }

    /** How an enum constant is written: lower case. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
