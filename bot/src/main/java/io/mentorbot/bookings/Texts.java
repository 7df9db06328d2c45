package io.mentorbot.bookings;

/** Tidies the free texts students and mentors type, so that storing them can never fail. */
final class Texts {

    private Texts() {
    }

    /** Without NUL characters (PostgreSQL refuses them) and surrounding blanks; {@code null} when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\u0000", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A cleaned cancellation reason, cut to {@link BookingDesk#REASON_MAX_LENGTH}. */
    static String reason(String text) {
        String cleaned = clean(text);
        int max = BookingDesk.REASON_MAX_LENGTH;
        if (cleaned == null || cleaned.length() <= max) {
            return cleaned;
        }
        // never cut an emoji in half
        return cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(max - 1)) ? max - 1 : max);
    }
}
