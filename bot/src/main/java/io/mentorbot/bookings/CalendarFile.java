package io.mentorbot.bookings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A booking's iCalendar (RFC 5545) file, and the matching Google Calendar "add event" link. Every file of a booking
 * has the same UID and the booking's revision as its SEQUENCE, so a calendar that imported the confirmation takes a
 * later file (moved, cancelled) as the new state of the same event. The student's and the mentor's files share the
 * UID (they land in different calendars) and differ only in the summary and description written for each reader.
 */
public final class CalendarFile {

    /** The name both sides see the file under. */
    public static final String FILE_NAME = "mentoring-session.ics";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    /**
     * The booking as it stands: the event at its current time, or, once cancelled, the event's cancellation
     * ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}).
     */
    public static byte[] of(BookingView booking, Instant stamp, String summary, String description) {
        boolean cancelled = booking.status() == BookingStatus.CANCELLED;
        String ics = "BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//MentorBot//Bookings//EN\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:" + method(booking) + "\r\n"
                + "BEGIN:VEVENT\r\n"
                + fold("UID:booking-" + booking.id() + "@mentorbot")
                + "SEQUENCE:" + booking.revision() + "\r\n"
                + "DTSTAMP:" + UTC.format(stamp) + "\r\n"
                + "DTSTART:" + UTC.format(booking.startsAt()) + "\r\n"
                + "DTEND:" + UTC.format(booking.endsAt()) + "\r\n"
                + "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED") + "\r\n"
                + fold("SUMMARY:" + escape(summary))
                + fold("DESCRIPTION:" + escape(description))
                + "END:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        return ics.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's iTIP method, which an e-mail names in the attachment's content type too. */
    public static String method(BookingView booking) {
        return booking.status() == BookingStatus.CANCELLED ? "CANCEL" : "PUBLISH";
    }

    public static String googleLink(Instant start, Instant end, String summary, String description) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + URLEncoder.encode(summary, StandardCharsets.UTF_8)
                + "&dates=" + UTC.format(start) + "/" + UTC.format(end)
                + "&details=" + URLEncoder.encode(description, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Lines longer than 75 octets are folded, as RFC 5545 asks; never inside a multi-byte character. */
    private static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
