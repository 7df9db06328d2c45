package io.mentorbot.telegram.booking;

import java.time.Clock;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import io.mentorbot.calendarlink.MirroredCalendars;
import io.mentorbot.telegram.dialog.Notifier;
import org.springframework.stereotype.Component;

/**
 * Keeps both sides' calendars in step with a booking. Each side's file describes the session for its reader (the
 * student's names the mentor, the mentor's names the student and carries the note), and all files of a booking share
 * one UID with the booking's revision as SEQUENCE, so once a confirmed booking is moved or cancelled, whoever did it,
 * each side gets the file again as it now stands and opening it moves or removes the event.
 * <p>
 * The student gets the first file with their confirmation screen, the mentor with the new-booking notice. A mentor
 * whose Google Calendar is connected gets no files at all: the calendar mirror puts, moves and removes the session
 * there itself, and an imported file would show it twice; their notices say so instead ({@link #mirrorLine}). Used by
 * the listeners of the change, in its transaction; one document message per side per change.
 */
@Component
class CalendarFiles {

    private final AccountDesk accounts;
    private final Notifier notifier;
    private final MirroredCalendars mirrored;
    private final Clock clock;

    CalendarFiles(AccountDesk accounts, Notifier notifier, MirroredCalendars mirrored, Clock clock) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.mirrored = mirrored;
        this.clock = clock;
    }

    /**
     * What a mentor's notice of this booking ends with: for a mentor whose Google Calendar takes the change instead
     * of a file, a line saying so; otherwise nothing.
     */
    String mirrorLine(Account mentor, BookingView booking) {
        return booking.confirmedAt() != null && mirrored.mirrorsSessionsOf(booking.mentorId())
                ? "\n" + notifier.text(mentor, "booking.ics.mentor.mirrored") : "";
    }

    /** Queues a newly confirmed booking's file for its mentor, unless their Google Calendar mirrors it. */
    void sendToMentor(Account mentor, BookingView booking) {
        if (!mirrored.mirrorsSessionsOf(booking.mentorId())) {
            String summary = mentorSummary(mentor, booking, false);
            send(mentor, booking, summary, notifier.text(mentor, "booking.ics.mentor.description", note(mentor,
                    booking)), notifier.text(mentor, "booking.ics.mentor.added", summary));
        }
    }

    /**
     * Queues the booking's file as it now stands for each side that got it at the confirmation: the student, and the
     * mentor unless their Google Calendar mirrors it. After an erasure the files name nobody (the erased person's
     * name must not live on in them).
     */
    void sendUpdate(BookingView booking, boolean erasure) {
        if (booking.confirmedAt() == null) {
            return;
        }
        String captionKey = booking.status() == BookingStatus.CANCELLED ? "booking.ics.cancelled" : "booking.ics.moved";
        accounts.find(booking.studentId()).ifPresent(student -> send(student, booking,
                erasure ? notifier.text(student, "booking.ics.summary.plain")
                        : notifier.text(student, "booking.ics.summary", booking.mentorName()),
                notifier.text(student, "booking.ics.description", note(student, booking)),
                notifier.text(student, captionKey)));
        if (!mirrored.mirrorsSessionsOf(booking.mentorId())) {
            accounts.find(booking.mentorId()).ifPresent(mentor -> send(mentor, booking,
                    mentorSummary(mentor, booking, erasure),
                    notifier.text(mentor, "booking.ics.mentor.description", note(mentor, booking)),
                    notifier.text(mentor, captionKey)));
        }
    }

    private String mentorSummary(Account mentor, BookingView booking, boolean erasure) {
        return erasure ? notifier.text(mentor, "booking.ics.summary.plain")
                : notifier.text(mentor, "booking.ics.mentor.summary", booking.studentName());
    }

    private String note(Account reader, BookingView booking) {
        return booking.note() == null || booking.note().isBlank() ? notifier.text(reader, "booking.no-note")
                : booking.note();
    }

    private void send(Account reader, BookingView booking, String summary, String description, String caption) {
        notifier.notifyDocument(reader, CalendarFile.of(booking, clock.instant(), summary, description),
                CalendarFile.FILE_NAME, caption);
    }
}
