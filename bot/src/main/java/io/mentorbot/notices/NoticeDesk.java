package io.mentorbot.notices;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notices: read a page of them (newest first) and mark them read. Every method works on the caller's own
 * notices only: another person's are never read or changed, whatever id is given.
 */
@Service
public class NoticeDesk {

    /** The largest page. */
    public static final int MAX_SIZE = 50;

    private static final String WHEN = "EEE d MMM HH:mm";

    private final NoticeStore store;
    private final AccountDesk accounts;
    private final BookingDesk bookings;
    private final MessageSource messages;
    private final Clock clock;

    NoticeDesk(NoticeStore store, AccountDesk accounts, BookingDesk bookings, MessageSource messages, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.bookings = bookings;
        this.messages = messages;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of {@code size} (1 to {@link #MAX_SIZE}) of the person's notices, or of the unread. */
    @Transactional(readOnly = true)
    public NoticePage page(long accountId, boolean unreadOnly, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_SIZE);
        }
        Optional<Account> reader = accounts.find(accountId);
        if (reader.isEmpty()) {
            return new NoticePage(List.of(), page, size, 0, 0);
        }
        List<Notice> items = render(reader.get(), store.page(accountId, unreadOnly, page, size));
        return new NoticePage(items, page, size, store.count(accountId, unreadOnly), store.count(accountId, true));
    }

    /** How many of the person's notices are unread. */
    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return store.count(accountId, true);
    }

    /** The person's {@code first} newest notices. */
    @Transactional(readOnly = true)
    public List<Notice> latest(long accountId, int first) {
        return page(accountId, false, 0, Math.max(1, Math.min(first, MAX_SIZE))).items();
    }

    /**
     * Marks the person's notices up to {@code upTo} (the id of one of their own notices, the newest they have seen)
     * read; answers how many were unread, or empty (and changes nothing) when {@code upTo} is not one of theirs.
     */
    @Transactional
    public OptionalInt markRead(long accountId, long upTo) {
        if (!store.isTheirs(accountId, upTo)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(store.markRead(accountId, upTo, clock.instant()));
    }

    private List<Notice> render(Account reader, List<NoticeStore.Row> rows) {
        Map<Long, BookingView> found = rows.stream().map(NoticeStore.Row::bookingId).distinct()
                .map(bookings::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(BookingView::id, Function.identity()));
        Locale locale = reader.language().locale();
        ZoneId zone = reader.zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(WHEN, locale);
        return rows.stream().filter(row -> found.containsKey(row.bookingId())).map(row -> {
            BookingView booking = found.get(row.bookingId());
            String other = reader.id() == booking.mentorId() ? booking.studentName() : booking.mentorName();
            String text = messages.getMessage(row.kind().key(),
                    new Object[] {other, when.format(booking.startsAt().atZone(zone)), zone.getId()}, locale);
            return new Notice(row.id(), row.kind(), row.bookingId(), text, row.createdAt(), row.read());
        }).toList();
    }
}
