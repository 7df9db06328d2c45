package io.mentorbot.web.student;

import java.util.List;
import java.util.Locale;

import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingPage;
import io.mentorbot.bookings.StudentShelf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own bookings as a student, on the shelves of the bot's "My consultations": {@code upcoming} (soonest
 * first), {@code past} and {@code cancelled} (newest first), paged as {@code {items, page, size, total}}.
 */
@RestController
class MyBookingsApi {

    private final BookingDesk desk;

    MyBookingsApi(BookingDesk desk) {
        this.desk = desk;
    }

    record Page(List<BookingJson> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/me/bookings")
    Page mine(@AuthenticationPrincipal Long accountId,
              @RequestParam(defaultValue = "upcoming") @Pattern(regexp = "upcoming|past|cancelled") String status,
              @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        StudentShelf shelf = StudentShelf.valueOf(status.toUpperCase(Locale.ROOT));
        BookingPage found = desk.forStudent(accountId, shelf, page, size);
        return new Page(found.bookings().stream().map(BookingJson::of).toList(), page, size, found.total());
    }
}
