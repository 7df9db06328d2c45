package io.mentorbot.mail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.mentorbot.accounts.Account;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters that tell a person without a Telegram chat what the bot would have told them there: the mentor of a
 * new, moved or cancelled booking, the student of a booking cancelled by the other side, of a payment hold that ran
 * out and of the mentor's reply to their review. In the reader's language, with times in the reader's zone, and a
 * link to the web app when its address ({@code PUBLIC_BASE_URL}) is known.
 */
@Component
class NewsLetters {

    private static final String DAY_TIME = "EEEE, d MMMM yyyy, HH:mm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final WebApp web;

    NewsLetters(MessageSource messages, WebApp web) {
        this.messages = messages;
        this.web = web;
    }

    /**
     * The mentor's news of a confirmed booking: who, when, how long, paid or free, the note, and the calendar file
     * unless their Google Calendar mirrors the session ({@code mirrored}).
     */
    Letter mentorBooked(Account mentor, String address, BookingView booking, boolean mirrored, Instant now) {
        Locale locale = mentor.language().locale();
        ZoneId zone = mentor.zone();
        String start = dayTime(booking.startsAt(), zone, locale);
        String minutes = Long.toString(Duration.between(booking.startsAt(), booking.endsAt()).toMinutes());
        String price = booking.priceMinor() == 0 ? text(locale, "mail.news.free")
                : text(locale, "mail.news.paid", money(booking));
        return new Letter(address,
                text(locale, "mail.news.mentor.booked.subject", booking.studentName(), start),
                text(locale, "mail.news.mentor.booked.body", greeting(mentor), booking.studentName(), start,
                        TIME.format(booking.endsAt().atZone(zone)), zone.getId(), minutes, price,
                        note(locale, booking), fileLine(locale, mirrored, "added"),
                        link(locale, "/bookings/" + booking.id())),
                mirrored ? null : mentorFile(locale, booking, false, now), CalendarFile.method(booking));
    }

    /** The mentor's news of a booking the student moved, from when to when, with the file that moves it. */
    Letter mentorMoved(Account mentor, String address, BookingView booking, Instant oldStart, boolean mirrored,
                       Instant now) {
        Locale locale = mentor.language().locale();
        ZoneId zone = mentor.zone();
        String start = dayTime(booking.startsAt(), zone, locale);
        boolean file = !mirrored && booking.confirmedAt() != null;
        return new Letter(address,
                text(locale, "mail.news.mentor.moved.subject", booking.studentName(), start),
                text(locale, "mail.news.mentor.moved.body", greeting(mentor), booking.studentName(),
                        dayTime(oldStart, zone, locale), start, TIME.format(booking.endsAt().atZone(zone)),
                        zone.getId(), booking.confirmedAt() == null ? "" : fileLine(locale, mirrored, "moved"),
                        link(locale, "/bookings/" + booking.id())),
                file ? mentorFile(locale, booking, false, now) : null, CalendarFile.method(booking));
    }

    /**
     * One side's news of a booking the other side (or an admin, or an erasure) cancelled: by whom, why, and, for a
     * side that got the booking's calendar file, the file that removes it. After an erasure the erased person is not
     * named.
     */
    Letter cancelled(Account reader, String address, BookingView booking, BookingCancelled event, boolean mirrored,
                     Instant now) {
        Locale locale = reader.language().locale();
        ZoneId zone = reader.zone();
        boolean mentor = reader.id() == booking.mentorId();
        boolean erasure = event.by().erasure();
        String other = erasure ? text(locale, mentor ? "mail.news.erased.student" : "mail.news.erased.mentor")
                : mentor ? booking.studentName() : booking.mentorName();
        String by = switch (event.by()) {
            case STUDENT -> text(locale, "mail.news.by.student", booking.studentName());
            case MENTOR -> text(locale, "mail.news.by.mentor", booking.mentorName());
            case ADMIN -> text(locale, "mail.news.by.admin");
            case STUDENT_ERASED, MENTOR_ERASED -> text(locale, "mail.news.by.erasure");
        };
        String reason = event.reason() == null || event.reason().isBlank() ? "—" : event.reason().strip();
        String start = dayTime(booking.startsAt(), zone, locale);
        boolean confirmed = booking.confirmedAt() != null;
        boolean file = confirmed && !(mentor && mirrored);
        String refund = !mentor && confirmed && booking.priceMinor() > 0
                ? "\n" + text(locale, "mail.news.refund", money(booking)) : "";
        byte[] calendar = !file ? null : mentor ? mentorFile(locale, booking, erasure, now)
                : CalendarFile.of(booking, now, erasure ? text(locale, "booking.ics.summary.plain")
                        : text(locale, "booking.ics.summary", booking.mentorName()),
                        text(locale, "booking.ics.description", note(locale, booking)));
        String next = mentor ? "" : link(locale, "/mentors");
        return new Letter(address,
                text(locale, "mail.news.cancelled.subject", other, start),
                text(locale, "mail.news.cancelled.body", greeting(reader), other, start, zone.getId(), by, reason,
                        refund, (file ? fileLine(locale, false, "cancelled") : "")
                                + mirrorLine(locale, mentor && mirrored && confirmed), next),
                calendar, CalendarFile.method(booking));
    }

    /** The student's news that the time held for their payment ran out and the booking is cancelled. */
    Letter holdExpired(Account student, String address, BookingView booking) {
        Locale locale = student.language().locale();
        ZoneId zone = student.zone();
        String start = dayTime(booking.startsAt(), zone, locale);
        return new Letter(address,
                text(locale, "mail.news.hold-expired.subject", booking.mentorName(), start),
                text(locale, "mail.news.hold-expired.body", greeting(student), booking.mentorName(), start,
                        zone.getId(), link(locale, "/mentors/" + booking.mentorId())),
                null);
    }

    /** The student's news of the mentor's reply to their review. */
    Letter reviewAnswered(Account student, String address, String mentorName, long mentorId, String reply) {
        Locale locale = student.language().locale();
        return new Letter(address,
                text(locale, "mail.news.review-reply.subject", mentorName),
                text(locale, "mail.news.review-reply.body", greeting(student), mentorName, reply,
                        link(locale, "/mentors/" + mentorId)),
                null);
    }

    private byte[] mentorFile(Locale locale, BookingView booking, boolean erasure, Instant now) {
        String summary = erasure ? text(locale, "booking.ics.summary.plain")
                : text(locale, "booking.ics.mentor.summary", booking.studentName());
        return CalendarFile.of(booking, now, summary,
                text(locale, "booking.ics.mentor.description", note(locale, booking)));
    }

    /** "\n\n" and what the attached file does, or, for a mentor whose Google Calendar mirrors it, why none is. */
    private String fileLine(Locale locale, boolean mirrored, String what) {
        return "\n\n" + text(locale, mirrored ? "mail.news.file.mirrored" : "mail.news.file." + what);
    }

    private String mirrorLine(Locale locale, boolean mirrored) {
        return mirrored ? "\n\n" + text(locale, "mail.news.file.mirrored") : "";
    }

    /** "\n\n" and the web app's page at that path, or nothing when the app's address is not configured. */
    private String link(Locale locale, String path) {
        return web.known() ? "\n\n" + text(locale, "mail.news.link", web.page(path)) : "";
    }

    private String note(Locale locale, BookingView booking) {
        return booking.note() == null || booking.note().isBlank() ? text(locale, "booking.no-note") : booking.note();
    }

    private static String money(BookingView booking) {
        return BigDecimal.valueOf(booking.priceMinor(), 2).toPlainString() + " " + booking.currency();
    }

    private static String dayTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(DAY_TIME, locale).format(instant.atZone(zone));
    }

    private static String greeting(Account reader) {
        return reader.firstName() != null && !reader.firstName().isBlank() ? reader.firstName() : reader.displayName();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
