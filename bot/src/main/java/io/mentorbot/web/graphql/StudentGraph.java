package io.mentorbot.web.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingOutcome;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.bookings.StudentShelf;
import io.mentorbot.calendarlink.MentorBusyTimes;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewOutcome;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.slots.SlotTimetable;
import io.mentorbot.slots.SlotView;
import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.Problems;
import io.mentorbot.web.graphql.GraphTypes.Booking;
import io.mentorbot.web.graphql.GraphTypes.BookingRefused;
import io.mentorbot.web.graphql.GraphTypes.Me;
import io.mentorbot.web.graphql.GraphTypes.ReviewSaved;
import io.mentorbot.web.graphql.GraphTypes.SlotTaken;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * The signed-in student's account, bookings and changes to them, through the same {@link BookingDesk} and
 * {@link ReviewDesk} calls as the bot and the REST API: the database decides, the core checks that the booking is
 * the caller's, and the mentor is told in Telegram. A refusal of the core is a {@code SlotTaken} or
 * {@code BookingRefused} result named as the REST API's problem type.
 */
@Controller
class StudentGraph {

    static final int MAX_FIRST = 100;
    static final int REASON_MAX_LENGTH = BookingDesk.STUDENT_REASON_MAX_LENGTH;

    private final AccountDesk accounts;
    private final BookingDesk desk;
    private final ReviewDesk reviews;
    private final SlotTimetable timetable;
    private final MentorBusyTimes busyTimes;
    private final Problems problems;

    StudentGraph(AccountDesk accounts, BookingDesk desk, ReviewDesk reviews, SlotTimetable timetable,
                 MentorBusyTimes busyTimes, Problems problems) {
        this.accounts = accounts;
        this.desk = desk;
        this.reviews = reviews;
        this.timetable = timetable;
        this.busyTimes = busyTimes;
        this.problems = problems;
    }

    @QueryMapping
    Me me() {
        long id = Caller.student();
        Account account = accounts.find(id).orElseThrow();
        List<String> roles = new ArrayList<>(List.of("STUDENT"));
        if (account.isMentor()) {
            roles.add("MENTOR");
        }
        if (Caller.holds("ADMIN")) {
            roles.add("ADMIN");
        }
        return new Me(id, account.firstName(), account.lastName(), account.username(), account.language().code(),
                account.zone().getId(), roles);
    }

    @QueryMapping
    List<Booking> myBookings(@Argument StudentShelf status, @Argument int first) {
        long id = Caller.student();
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgument("first", "problem.field.graphql-first");
        }
        return desk.forStudent(id, status, 0, first).bookings().stream().map(Booking::of).toList();
    }

    @MutationMapping
    Object book(@Argument long slotId, @Argument String note, Locale locale) {
        long id = Caller.student();
        if (note != null && note.length() > BookingDesk.NOTE_MAX_LENGTH) {
            throw new InvalidArgument("note", "problem.field.graphql-note");
        }
        Optional<SlotView> wanted = timetable.find(slotId).filter(s -> s.status() == SlotStatus.FREE);
        if (wanted.isPresent() && !busyTimes.isFree(wanted.get().mentorId(), wanted.get().startsAt(),
                wanted.get().endsAt())) { // the mentor's Google Calendar got something at this time meanwhile
            return refused("mentor-busy", locale);
        }
        BookingOutcome outcome = desk.book(id, slotId, note);
        if (outcome.booked() || outcome.result() == BookingOutcome.Result.ALREADY_YOURS && outcome.booking() != null) {
            return Booking.of(outcome.booking());
        }
        return switch (outcome.result()) {
            case SLOT_TAKEN -> taken(slotId, locale);
            case TOO_SOON -> refused("booking-too-soon", locale, hours(outcome.limit(), 2));
            case TOO_FAR -> refused("booking-too-far", locale, days(outcome.limit()));
            case NOT_FOUND -> refused("slot-not-found", locale);
            case OWN_SLOT -> refused("own-slot", locale);
            case MENTOR_UNAVAILABLE -> refused("mentor-unavailable", locale);
            case NOTE_TOO_LONG -> refused("note-too-long", locale, BookingDesk.NOTE_MAX_LENGTH);
            case STUDENT_LIMIT -> refused("booking-limit-student", locale, outcome.maxActive());
            case MENTOR_LIMIT -> refused("booking-limit-mentor", locale, outcome.maxActive());
            case BOOKED, ALREADY_YOURS -> refused("slot-taken", locale);
        };
    }

    @MutationMapping
    Object cancelBooking(@Argument long id, @Argument String reason, Locale locale) {
        long student = Caller.student();
        if (reason.isBlank() || reason.length() > REASON_MAX_LENGTH) {
            throw new InvalidArgument("reason", "problem.field.graphql-reason");
        }
        return changed(desk.cancelByStudent(id, student, reason.strip()), 0, locale);
    }

    @MutationMapping
    Object reschedule(@Argument long id, @Argument long slotId, Locale locale) {
        long student = Caller.student();
        return changed(desk.reschedule(id, student, slotId), slotId, locale);
    }

    @MutationMapping
    Object review(@Argument long id, @Argument int stars, @Argument String comment, Locale locale) {
        long student = Caller.student();
        if (stars < 1 || stars > 5) {
            throw new InvalidArgument("stars", "problem.field.graphql-stars");
        }
        if (comment != null && comment.length() > ReviewDesk.TEXT_MAX_LENGTH) {
            throw new InvalidArgument("comment", "problem.field.graphql-comment");
        }
        if (desk.find(id).filter(b -> b.studentId() == student).isEmpty()) {
            return refused("not-found", locale);
        }
        ReviewOutcome outcome = reviews.rate(id, student, stars);
        switch (outcome.result()) {
            case ALREADY_REVIEWED -> {
                return refused("already-reviewed", locale);
            }
            case NOT_REVIEWABLE -> {
                return refused("session-not-completed", locale);
            }
            case SAVED -> { }
        }
        var review = outcome.review();
        if (comment != null && !comment.isBlank()) {
            review = reviews.comment(id, student, comment).orElse(review);
        }
        return new ReviewSaved(review.stars(), review.comment(), review.createdAt());
    }

    private Object changed(ChangeOutcome outcome, long slotId, Locale locale) {
        return switch (outcome.result()) {
            case DONE -> Booking.of(outcome.booking());
            case NOT_YOURS_OR_NOT_FOUND -> refused("not-found", locale);
            case NOT_ACTIVE -> refused("booking-not-active", locale);
            case TOO_LATE -> refused("too-late-to-change", locale, hours(outcome.limit(), 12));
            case SLOT_NOT_FOUND -> refused("slot-not-found", locale);
            case SAME_SLOT -> refused("same-slot", locale);
            case SLOT_TAKEN -> taken(slotId, locale);
            case TOO_SOON -> refused("booking-too-soon", locale, hours(outcome.limit(), 2));
            case TOO_FAR -> refused("booking-too-far", locale, days(outcome.limit()));
            case MENTOR_UNAVAILABLE -> refused("mentor-unavailable", locale);
        };
    }

    private SlotTaken taken(long slotId, Locale locale) {
        return new SlotTaken(slotId, problems.of(HttpStatus.CONFLICT, "slot-taken", locale).getDetail());
    }

    private BookingRefused refused(String name, Locale locale, Object... args) {
        return new BookingRefused(name, problems.of(HttpStatus.CONFLICT, name, locale, args).getDetail());
    }

    private static long hours(Duration limit, long otherwise) {
        return limit == null ? otherwise : limit.toHours();
    }

    private static long days(Duration limit) {
        return limit == null ? 0 : limit.toDays();
    }
}
