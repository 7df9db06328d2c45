package io.mentorbot.web.student;

import java.time.Duration;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingOutcome;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.bookings.PaymentOutcome;
import io.mentorbot.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The core's refusals of a booking, a payment, a cancellation or a move, each as its own problem. Another person's
 * booking and a booking that does not exist are the same 404 {@code not-found}, as the core does not tell them apart.
 */
final class BookingRefusals {

    private static final HttpStatus CONFLICT = HttpStatus.CONFLICT;

    private BookingRefusals() {
    }

    static ApiException of(BookingOutcome outcome) {
        return switch (outcome.result()) {
            case SLOT_TAKEN -> slotTaken();
            case TOO_SOON -> new ApiException(CONFLICT, "booking-too-soon", hours(outcome.limit(), 2));
            case TOO_FAR -> new ApiException(CONFLICT, "booking-too-far", days(outcome.limit()));
            case NOT_FOUND -> slotNotFound();
            case OWN_SLOT -> new ApiException(CONFLICT, "own-slot");
            case MENTOR_UNAVAILABLE -> mentorUnavailable();
            case NOTE_TOO_LONG -> new ApiException(HttpStatus.BAD_REQUEST, "note-too-long",
                    BookingDesk.NOTE_MAX_LENGTH);
            case STUDENT_LIMIT -> new ApiException(CONFLICT, "booking-limit-student", outcome.maxActive());
            case MENTOR_LIMIT -> new ApiException(CONFLICT, "booking-limit-mentor", outcome.maxActive());
            case BOOKED, ALREADY_YOURS -> throw new IllegalArgumentException("Not a refusal: " + outcome.result());
        };
    }

    static ApiException of(PaymentOutcome outcome) {
        return switch (outcome.result()) {
            case NOT_YOURS_OR_NOT_FOUND -> ApiException.notFound();
            case EXPIRED -> new ApiException(CONFLICT, "payment-expired");
            case NOT_PENDING -> new ApiException(CONFLICT, "payment-not-pending");
            case NO_PROVIDER -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "payments-unavailable");
            case CONFIRMED -> throw new IllegalArgumentException("Not a refusal");
        };
    }

    static ApiException of(ChangeOutcome outcome) {
        return switch (outcome.result()) {
            case NOT_YOURS_OR_NOT_FOUND -> ApiException.notFound();
            case NOT_ACTIVE -> new ApiException(CONFLICT, "booking-not-active");
            case TOO_LATE -> new ApiException(CONFLICT, "too-late-to-change", hours(outcome.limit(), 12));
            case SLOT_NOT_FOUND -> slotNotFound();
            case SAME_SLOT -> new ApiException(CONFLICT, "same-slot");
            case SLOT_TAKEN -> slotTaken();
            case TOO_SOON -> new ApiException(CONFLICT, "booking-too-soon", hours(outcome.limit(), 2));
            case TOO_FAR -> new ApiException(CONFLICT, "booking-too-far", days(outcome.limit()));
            case MENTOR_UNAVAILABLE -> mentorUnavailable();
            case DONE -> throw new IllegalArgumentException("Not a refusal");
        };
    }

    static ApiException slotTaken() {
        return new ApiException(CONFLICT, "slot-taken");
    }

    static ApiException mentorBusy() {
        return new ApiException(CONFLICT, "mentor-busy");
    }

    private static ApiException slotNotFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "slot-not-found");
    }

    private static ApiException mentorUnavailable() {
        return new ApiException(CONFLICT, "mentor-unavailable");
    }

    private static long hours(Duration limit, long otherwise) {
        return limit == null ? otherwise : limit.toHours();
    }

    private static long days(Duration limit) {
        return limit == null ? 0 : limit.toDays();
    }
}
