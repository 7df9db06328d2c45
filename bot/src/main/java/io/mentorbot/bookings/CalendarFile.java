package io.mentorbot.bookings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An iCalendar (RFC 5545) file with one event, and the matching Google Calendar "add event" link. */
public final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    public static byte[] event(String uid, Instant start, Instant end, Instant stamp, String summary, String description) {
        String ics = "BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//MentorBot//Bookings//EN\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "BEGIN:VEVENT\r\n"
                + fold("UID:" + uid)
                + "DTSTAMP:" + UTC.format(stamp) + "\r\n"
                + "DTSTART:" + UTC.format(start) + "\r\n"
                + "DTEND:" + UTC.format(end) + "\r\n"
                + fold("SUMMARY:" + escape(summary))
                + fold("DESCRIPTION:" + escape(description))
                + "END:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        return ics.getBytes(StandardCharsets.UTF_8);
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
