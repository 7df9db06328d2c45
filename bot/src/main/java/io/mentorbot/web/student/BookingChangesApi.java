package io.mentorbot.web.student;

import java.time.Instant;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.reviews.Review;
import io.mentorbot.reviews.ReviewDesk;
import io.mentorbot.reviews.ReviewOutcome;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a student does with their own booking: cancel it (with a reason, within the change window), move it to
 * another free time of the same mentor, and review it once the session took place. The mentor is told in Telegram by
 * the same listeners as for the bot.
 */
@RestController
@RequestMapping("/api/v1/bookings/{id}")
class BookingChangesApi {

    /** As long as a reason typed in the bot may be. */
    static final int REASON_MAX_LENGTH = BookingDesk.STUDENT_REASON_MAX_LENGTH;

    private final BookingDesk desk;
    private final ReviewDesk reviews;

    BookingChangesApi(BookingDesk desk, ReviewDesk reviews) {
        this.desk = desk;
        this.reviews = reviews;
    }

    record Cancellation(@NotBlank @Size(max = REASON_MAX_LENGTH) String reason) {
    }

    record Move(@NotNull @Positive Long slotId) {
    }

    record NewReview(@NotNull @Min(1) @Max(5) Integer stars, @Size(max = ReviewDesk.TEXT_MAX_LENGTH) String comment) {
    }

    record ReviewJson(long id, long bookingId, long mentorId, int stars, String comment, Instant createdAt) {

        static ReviewJson of(Review review) {
            return new ReviewJson(review.id(), review.bookingId(), review.mentorId(), review.stars(),
                    review.comment(), review.createdAt());
        }
    }

    @PostMapping("/cancel")
    BookingJson cancel(@AuthenticationPrincipal Long accountId, @PathVariable long id,
                       @Valid @RequestBody Cancellation body) {
        return done(desk.cancelByStudent(id, accountId, body.reason().strip()));
    }

    @PostMapping("/reschedule")
    BookingJson reschedule(@AuthenticationPrincipal Long accountId, @PathVariable long id,
                           @Valid @RequestBody Move body) {
        return done(desk.reschedule(id, accountId, body.slotId()));
    }

    /** 201 with the review; 409 {@code session-not-completed} before the session took place, 409 once reviewed. */
    @PostMapping("/review")
    ResponseEntity<ReviewJson> review(@AuthenticationPrincipal Long accountId, @PathVariable long id,
                                      @Valid @RequestBody NewReview body) {
        desk.find(id).filter(b -> b.studentId() == accountId).orElseThrow(ApiException::notFound);
        ReviewOutcome outcome = reviews.rate(id, accountId, body.stars());
        switch (outcome.result()) {
            case ALREADY_REVIEWED -> throw new ApiException(HttpStatus.CONFLICT, "already-reviewed");
            case NOT_REVIEWABLE -> throw new ApiException(HttpStatus.CONFLICT, "session-not-completed");
            case SAVED -> { }
        }
        Review review = outcome.review();
        if (body.comment() != null && !body.comment().isBlank()) {
            review = reviews.comment(id, accountId, body.comment()).orElse(review);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ReviewJson.of(review));
    }

    private static BookingJson done(ChangeOutcome outcome) {
        if (!outcome.done()) {
            throw BookingRefusals.of(outcome);
        }
        return BookingJson.of(outcome.booking());
    }
}
