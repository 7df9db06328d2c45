package io.mentorbot.web.mentor;

import java.time.Instant;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.reviews.Attendance;
import io.mentorbot.reviews.SessionOutcomes;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mentor's students ({@code /clients}) and whether their past sessions took place. */
@RestController
class ClientsApi {

    private final BookingDesk bookings;
    private final SessionOutcomes outcomes;

    ClientsApi(BookingDesk bookings, SessionOutcomes outcomes) {
        this.bookings = bookings;
        this.outcomes = outcomes;
    }

    /** A student with how many of the mentor's sessions they booked (cancelled ones left out) and the latest one. */
    record Client(long studentId, String name, String username, int sessions, Instant lastSession) {
    }

    record OutcomeRequest(@NotNull @Pattern(regexp = "completed|no_show") String outcome) {
    }

    /** {@code status}: {@code completed} or {@code no_show}. */
    record Outcome(long sessionId, String status) {
    }

    @GetMapping("/api/v1/me/clients")
    Paged<Client> clients(@AuthenticationPrincipal Long accountId,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Paged.of(bookings.clientsOf(accountId).stream().map(c -> new Client(c.studentId(), c.name(),
                c.username(), c.sessions(), c.lastSession())).toList(), page, size);
    }

    /** Records whether the mentor's own session (a booking id) took place, once it has ended. */
    @PostMapping("/api/v1/sessions/{id}/outcome")
    Outcome outcome(@AuthenticationPrincipal Long accountId, @PathVariable long id,
                    @Valid @RequestBody OutcomeRequest body) {
        Attendance result = outcomes.decide(id, accountId, body.outcome().equals("completed"));
        return switch (result) {
            case COMPLETED -> new Outcome(id, "completed");
            case NO_SHOW -> new Outcome(id, "no_show");
            case NOT_YOURS -> throw ApiException.notFound();
            case NOT_ENDED -> throw new ApiException(HttpStatus.CONFLICT, "session-not-ended");
            case ALREADY_DECIDED -> throw new ApiException(HttpStatus.CONFLICT, "outcome-already-recorded");
        };
    }
}
