package io.mentorbot.web.admin;

import java.time.Instant;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingPage;
import io.mentorbot.bookings.BookingSearch;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.ChangeOutcome;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.admin.AdminViews.AdminBooking;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every booking for the admin: a filtered, sorted page, and cancelling one with a reason through
 * {@link BookingDesk#cancelByAdmin}, as the bot's console does: the core checks the admin, frees the slot, and its
 * listeners audit the cancellation and tell the student and the mentor in Telegram.
 */
@RestController
@RequestMapping("/api/v1/admin/bookings")
class AdminBookingsApi {

    private final BookingDesk desk;

    AdminBookingsApi(BookingDesk desk) {
        this.desk = desk;
    }

    record Cancel(@NotBlank @Size(max = BookingDesk.REASON_MAX_LENGTH) String reason) {
    }

    /**
     * Bookings whose session starts in [from, to); {@code sort}: starts, created or id, {@code -} first for the
     * reverse; newest session first by default.
     */
    @GetMapping
    Page<AdminBooking> bookings(@RequestParam(required = false) BookingStatus status,
                                @RequestParam(required = false) Long mentor,
                                @RequestParam(required = false) Long student,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "-starts") @Pattern(regexp = "-?(starts|created|id)") String sort,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sorting<BookingSearch.Sort> order = Sorting.parse(sort, BookingSearch.Sort.class);
        BookingPage found = desk.search(new BookingSearch(status, mentor, student, from, to, order.field(),
                order.descending()), page, size);
        return new Page<>(found.bookings().stream().map(AdminBooking::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    AdminBooking one(@PathVariable long id) {
        return desk.find(id).map(AdminBooking::of).orElseThrow(ApiException::notFound);
    }

    @PostMapping("/{id}/cancel")
    AdminBooking cancel(@AuthenticationPrincipal Long adminId, @PathVariable long id,
                        @Valid @RequestBody Cancel cancel) {
        one(id);
        ChangeOutcome outcome = desk.cancelByAdmin(id, adminId, cancel.reason().strip());
        return switch (outcome.result()) {
            case DONE -> AdminBooking.of(outcome.booking());
            case NOT_YOURS_OR_NOT_FOUND -> throw AdminRefusals.forbidden();
            default -> throw AdminRefusals.conflict("booking-not-cancellable");
        };
    }
}
