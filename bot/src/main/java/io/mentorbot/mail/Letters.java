package io.mentorbot.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.mentorbot.accounts.Account;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the letters, in the reader's language and with times in the reader's own zone. */
@Component
class Letters {

    private static final String DAY_TIME = "EEEE, d MMMM yyyy, HH:mm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    /** The web app, for people without Telegram. */
    private final WebApp web;

    Letters(MessageSource messages, WebApp web) {
        this.messages = messages;
        this.web = web;
    }

    /**
     * Fixed text and the code, in the reader's language: nothing the person asking chose (such as their name), since
     * the address may be someone else's.
     */
    Letter verification(Account reader, String address, String code, Duration validity) {
        Locale locale = reader.language().locale();
        return new Letter(address, text(locale, "mail.verify.subject"),
                text(locale, "mail.verify.body", code, Long.toString(validity.toMinutes())), null);
    }

    /** The student's confirmation of a booking, with the same calendar event (same UID) the chat sends. */
    Letter bookingConfirmed(Account student, String address, BookingView booking, Instant now) {
        Locale locale = student.language().locale();
        ZoneId zone = student.zone();
        String start = DateTimeFormatter.ofPattern(DAY_TIME, locale).format(booking.startsAt().atZone(zone));
        String end = TIME.format(booking.endsAt().atZone(zone));
        String minutes = Long.toString(Duration.between(booking.startsAt(), booking.endsAt()).toMinutes());
        String note = booking.note() == null ? text(locale, "booking.no-note") : booking.note();
        String summary = text(locale, "booking.ics.summary", booking.mentorName());
        String description = text(locale, "booking.ics.description", note);
        String link = CalendarFile.googleLink(booking.startsAt(), booking.endsAt(), summary, description);
        byte[] calendar = CalendarFile.of(booking, now, summary, description);
        return new Letter(address,
                text(locale, "mail.booking.subject", booking.mentorName(), start),
                text(locale, "mail.booking.body", greeting(student), booking.mentorName(), start, end, zone.getId(),
                        minutes, note, link, manage(student, locale, booking)),
                calendar);
    }

    /**
     * The student's news of a booking moved or cancelled after its confirmation, with the calendar file that moves or
     * removes the event the confirmation added (same UID, a higher SEQUENCE).
     */
    Letter bookingChanged(Account student, String address, BookingView booking, Instant now) {
        Locale locale = student.language().locale();
        ZoneId zone = student.zone();
        String start = DateTimeFormatter.ofPattern(DAY_TIME, locale).format(booking.startsAt().atZone(zone));
        String end = TIME.format(booking.endsAt().atZone(zone));
        String note = booking.note() == null ? text(locale, "booking.no-note") : booking.note();
        byte[] calendar = CalendarFile.of(booking, now, text(locale, "booking.ics.summary", booking.mentorName()),
                text(locale, "booking.ics.description", note));
        String kind = booking.status() == BookingStatus.CANCELLED ? "cancelled" : "moved";
        String reason = booking.cancelReason() == null ? "—" : booking.cancelReason();
        return new Letter(address,
                text(locale, "mail.booking." + kind + ".subject", booking.mentorName(), start),
                text(locale, "mail.booking." + kind + ".body", greeting(student), booking.mentorName(), start, end,
                        zone.getId(), reason, manage(student, locale, booking)),
                calendar, CalendarFile.method(booking));
    }

    /**
     * A reminder of the session, {@code lead} ahead of it, to its student or mentor ({@code toMentor}), with the link
     * to the booking in the web app (where it can be moved or cancelled).
     */
    Letter reminder(Account reader, String address, BookingView booking, Duration lead, boolean toMentor,
                    String link) {
        Locale locale = reader.language().locale();
        String start = start(booking, reader);
        String in = lead.toMinutes() % 60 == 0 ? text(locale, "mail.reminder.in-hours", lead.toHours())
                : text(locale, "mail.reminder.in-minutes", lead.toMinutes());
        String other = toMentor ? booking.studentName() : booking.mentorName();
        return new Letter(address, text(locale, "mail.reminder.subject", other, start),
                text(locale, "mail.reminder.body", greeting(reader), other, in, start, reader.zone().getId(), link),
                null);
    }

    /** The mentor is asked whether the session that just ended took place, to answer in the web app. */
    Letter askWhetherHeld(Account mentor, String address, BookingView booking, String link) {
        Locale locale = mentor.language().locale();
        String start = start(booking, mentor);
        return new Letter(address, text(locale, "mail.followup.subject", booking.studentName(), start),
                text(locale, "mail.followup.body", greeting(mentor), booking.studentName(), start,
                        mentor.zone().getId(), link),
                null);
    }

    /** The student of a session that took place is asked for a review, to give in the web app. */
    Letter reviewRequest(Account student, String address, BookingView booking, String link) {
        Locale locale = student.language().locale();
        String start = start(booking, student);
        return new Letter(address, text(locale, "mail.review.subject", booking.mentorName()),
                text(locale, "mail.review.body", greeting(student), booking.mentorName(), start,
                        student.zone().getId(), link),
                null);
    }

    private static String start(BookingView booking, Account reader) {
        return DateTimeFormatter.ofPattern(DAY_TIME, reader.language().locale())
                .format(booking.startsAt().atZone(reader.zone()));
    }

    private static String greeting(Account reader) {
        return reader.firstName() != null && !reader.firstName().isBlank() ? reader.firstName() : reader.displayName();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * Where the student cancels or reschedules: in the bot when they have its chat; otherwise in the web app, at the
     * booking's page when the app's address is known.
     */
    private String manage(Account student, Locale locale, BookingView booking) {
        if (student.hasTelegramChat()) {
            return text(locale, "mail.booking.manage.telegram");
        }
        return web.known() ? text(locale, "mail.booking.manage.web", web.booking(booking.id()))
                : text(locale, "mail.booking.manage.site");
    }
}
