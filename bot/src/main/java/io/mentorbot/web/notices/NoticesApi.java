package io.mentorbot.web.notices;

import java.time.Instant;
import java.util.List;

import io.mentorbot.notices.Notice;
import io.mentorbot.notices.NoticeDesk;
import io.mentorbot.notices.NoticePage;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notice feed (what the bot tells people in Telegram, for everyone, as the web app shows it):
 * a page of their notices, newest first, each in their language with times in their zone; and marking them read.
 */
@RestController
@RequestMapping("/api/v1/me/notices")
class NoticesApi {

    private static final int MAX_PAGE = 10_000;

    private final NoticeDesk desk;

    NoticesApi(NoticeDesk desk) {
        this.desk = desk;
    }

    /** One notice: {@code kind} BOOKING_NEW, BOOKING_CANCELLED, BOOKING_RESCHEDULED or HOLD_EXPIRED. */
    record Item(long id, String kind, long bookingId, String text, Instant createdAt, boolean read) {

        static Item of(Notice notice) {
            return new Item(notice.id(), notice.kind().name(), notice.bookingId(), notice.text(), notice.createdAt(),
                    notice.read());
        }
    }

    /** A page of notices; {@code unread}: how many of the caller's notices are unread, whatever the filter. */
    record Page(List<Item> items, int page, int size, long total, long unread) {
    }

    /** Marks the caller's notices up to {@code upTo} (one of their notices' id) read. */
    record Read(@NotNull @Positive Long upTo) {
    }

    /** How many notices were marked now, and how many are still unread. */
    record Marked(int marked, long unread) {
    }

    @GetMapping
    Page notices(@AuthenticationPrincipal Long accountId, @RequestParam(defaultValue = "false") boolean unread,
                 @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                 @RequestParam(defaultValue = "20") @Min(1) @Max(NoticeDesk.MAX_SIZE) int size) {
        NoticePage found = desk.page(accountId, unread, page, size);
        return new Page(found.items().stream().map(Item::of).toList(), found.page(), found.size(), found.total(),
                found.unread());
    }

    /** Another person's notice id (or none at all) is 404 not-found, and nothing changes. */
    @PostMapping("/read")
    Marked read(@AuthenticationPrincipal Long accountId, @Valid @RequestBody Read read) {
        int marked = desk.markRead(accountId, read.upTo()).orElseThrow(ApiException::notFound);
        return new Marked(marked, desk.unread(accountId));
    }
}
