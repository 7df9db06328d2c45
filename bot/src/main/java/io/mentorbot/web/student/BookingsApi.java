package io.mentorbot.web.student;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingOutcome;
import io.mentorbot.bookings.BookingView;
import io.mentorbot.bookings.CalendarFile;
import io.mentorbot.bookings.PaymentOutcome;
import io.mentorbot.calendarlink.MentorBusyTimes;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking a slot, paying for it, and reading a booking (its student's or its mentor's only) and its calendar file,
 * through the same {@link BookingDesk} calls as the bot's screens: the database decides, and the mentor hears of a
 * confirmed booking in Telegram. A booking awaiting payment is confirmed by {@code POST .../pay}, as the bot's Pay
 * button does.
 */
@RestController
@RequestMapping("/api/v1/bookings")
class BookingsApi {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final BookingDesk desk;
    private final SlotTimetable timetable;
    private final MentorBusyTimes busyTimes;
    private final AccountDesk accounts;
    private final MessageSource messages;
    private final Clock clock;

    BookingsApi(BookingDesk desk, SlotTimetable timetable, MentorBusyTimes busyTimes, AccountDesk accounts,
                MessageSource messages, Clock clock) {
        this.desk = desk;
        this.timetable = timetable;
        this.busyTimes = busyTimes;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    record NewBooking(@NotNull @Positive Long slotId, @Size(max = BookingDesk.NOTE_MAX_LENGTH) String note) {
    }

    /**
     * 201 with the booking (CONFIRMED, or PENDING_PAYMENT with {@code holdUntil}); 200 when the caller holds this slot
     * already. A lost race is 409 {@code slot-taken}.
     */
    @PostMapping
    ResponseEntity<BookingJson> book(@AuthenticationPrincipal Long accountId, @Valid @RequestBody NewBooking body) {
        Optional<SlotView> wanted = timetable.find(body.slotId()).filter(s -> s.status() == SlotStatus.FREE);
        if (wanted.isPresent() && !busyTimes.isFree(wanted.get().mentorId(), wanted.get().startsAt(),
                wanted.get().endsAt())) { // the mentor's Google Calendar got something at this time meanwhile
            throw BookingRefusals.mentorBusy();
        }
        BookingOutcome outcome = desk.book(accountId, body.slotId(), body.note());
        if (outcome.result() == BookingOutcome.Result.ALREADY_YOURS && outcome.booking() != null) {
            return ResponseEntity.ok().location(location(outcome.booking())).body(BookingJson.of(outcome.booking()));
        }
        if (!outcome.booked()) {
            throw BookingRefusals.of(outcome);
        }
        return ResponseEntity.created(location(outcome.booking())).body(BookingJson.of(outcome.booking()));
    }

    /** Pays a booking awaiting payment (the simulated provider takes it at once) and confirms it. */
    @PostMapping("/{id}/pay")
    BookingJson pay(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        PaymentOutcome outcome = desk.confirmPayment(id, accountId);
        if (!outcome.confirmed()) {
            throw BookingRefusals.of(outcome);
        }
        return BookingJson.of(outcome.booking());
    }

    @GetMapping("/{id}")
    BookingJson booking(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        return BookingJson.of(visible(id, accountId));
    }

    /** The booking's iCalendar file as the bot sends it to the student, in the caller's language. */
    @GetMapping("/{id}/calendar.ics")
    ResponseEntity<byte[]> calendarFile(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        BookingView booking = visible(id, accountId);
        Locale locale = accounts.find(accountId).map(Account::language).map(Language::locale)
                .orElse(Locale.ENGLISH);
        String summary = messages.getMessage("booking.ics.summary", new Object[] {booking.mentorName()}, locale);
        String note = booking.note() == null ? messages.getMessage("booking.no-note", null, locale) : booking.note();
        String description = messages.getMessage("booking.ics.description", new Object[] {note}, locale);
        byte[] file = CalendarFile.of(booking, clock.instant(), summary, description);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(CalendarFile.FILE_NAME).build().toString())
                .body(file);
    }

    /** The booking if the caller is its student or its mentor; anyone else is told it does not exist. */
    private BookingView visible(long id, long accountId) {
        return desk.find(id).filter(b -> b.studentId() == accountId || b.mentorId() == accountId)
                .orElseThrow(ApiException::notFound);
    }

    static URI location(BookingView booking) {
        return URI.create("/api/v1/bookings/" + booking.id());
    }
}
