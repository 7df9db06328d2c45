package io.mentorbot.calendarlink;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.calendar.CalendarMirror;
import io.mentorbot.calendar.CalendarSettings;
import io.mentorbot.calendar.MentorCalendarEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors bookings into the mentor's Google Calendar. The listeners run synchronously inside the booking's
 * transaction: {@link CalendarMirror} only enqueues a durable task there, so a rolled back booking leaves nothing
 * behind. Without calendar sync configured (no {@link CalendarMirror} bean) nothing happens.
 */
@Component
class BookingMirror {

    /** Null without calendar sync; resolved once, as every booking asks. */
    private final CalendarMirror mirror;
    private final ObjectProvider<BotLink> botLink;
    private final BookingDesk bookings;
    private final AccountDesk accounts;
    private final MessageSource messages;
    private final ObjectProvider<CalendarSettings> settings;

    BookingMirror(Optional<CalendarMirror> mirror, ObjectProvider<BotLink> botLink, BookingDesk bookings,
                  AccountDesk accounts, MessageSource messages, ObjectProvider<CalendarSettings> settings) {
        this.settings = settings;
        this.mirror = mirror.orElse(null);
        this.botLink = botLink;
        this.bookings = bookings;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The event key of a booking in the mentor's calendar. */
    static String eventKey(long bookingId) {
        return "booking-" + bookingId;
    }

    @EventListener
    void on(BookingConfirmed event) {
        upsert(Optional.of(event.booking()));
    }

    @EventListener
    void on(BookingRescheduled event) {
        if (mirror != null) {
            upsert(bookings.find(event.bookingId()));
        }
    }

    @EventListener
    void on(BookingCancelled event) {
        CalendarMirror calendar = mirror;
        if (calendar == null) {
            return;
        }
        bookings.find(event.bookingId())
                .ifPresent(booking -> calendar.remove(booking.mentorId(), eventKey(booking.id())));
    }

    private void upsert(Optional<BookingView> found) {
        CalendarMirror calendar = mirror;
        if (calendar == null) {
            return;
        }
        if (found.isEmpty() || found.get().status() != BookingStatus.CONFIRMED) {
            return;
        }
        BookingView booking = found.get();
        if (!calendar.mirrors(booking.mentorId())) {
            return; // most mentors have no calendar connected: nothing to prepare
        }
        Optional<Account> mentor = accounts.find(booking.mentorId());
        java.util.Locale locale = mentor.map(m -> m.language().locale()).orElse(java.util.Locale.ENGLISH);
        String attendee = accounts.find(booking.studentId()).filter(s -> !s.isDeleted())
                .flatMap(Account::verifiedEmail).orElse(null);
        String title = messages.getMessage("calendar.event.title", new Object[] {booking.studentName()}, locale);
        BotLink link = botLink.getIfAvailable();
        String url = link == null ? "" : link.url();
        String description = messages.getMessage("calendar.event.description", new Object[] {
                booking.note() == null ? "—" : booking.note(), url}, locale);
        calendar.upsert(new MentorCalendarEvent(booking.mentorId(), eventKey(booking.id()), title, description,
                booking.startsAt(), booking.endsAt(), attendee,
                Optional.ofNullable(settings.getIfAvailable()).map(CalendarSettings::meetLinks).orElse(false)));
    }
}
