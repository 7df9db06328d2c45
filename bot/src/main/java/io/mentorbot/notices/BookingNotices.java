package io.mentorbot.notices;

import java.time.Clock;

import io.mentorbot.accounts.AccountErased;
import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingHoldExpired;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the notices of the booking events, for every account (with Telegram or not), synchronously inside the
 * booking's transaction: one insert per notice (a cancellation reads the booking once for its two sides), so a
 * notice exists exactly when the change committed, and a rolled-back change leaves none. An erased account's notices
 * go with it, in the erasing transaction.
 */
@Component
class BookingNotices {

    private final NoticeStore store;
    private final BookingDesk bookings;
    private final Clock clock;

    BookingNotices(NoticeStore store, BookingDesk bookings, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** The mentor: a new (confirmed) booking. */
    @EventListener
    void on(BookingConfirmed event) {
        store.add(event.booking().mentorId(), NoticeKind.BOOKING_NEW, event.bookingId(), clock.instant());
    }

    /**
     * The other side of whoever cancelled (both, when an admin did); the mentor only when the booking was confirmed,
     * since an unpaid one was never theirs to hear of.
     */
    @EventListener
    void on(BookingCancelled event) {
        bookings.find(event.bookingId()).ifPresent(booking -> {
            boolean confirmed = event.previousStatus() == BookingStatus.CONFIRMED;
            boolean toStudent = event.by() != BookingCancelled.By.STUDENT
                    && event.by() != BookingCancelled.By.STUDENT_ERASED;
            boolean toMentor = confirmed && !event.by().mentorSide();
            if (toStudent) {
                store.add(booking.studentId(), NoticeKind.BOOKING_CANCELLED, booking.id(), clock.instant());
            }
            if (toMentor) {
                store.add(booking.mentorId(), NoticeKind.BOOKING_CANCELLED, booking.id(), clock.instant());
            }
        });
    }

    /** The mentor: the student moved the session. */
    @EventListener
    void on(BookingRescheduled event) {
        bookings.find(event.bookingId()).ifPresent(booking ->
                store.add(booking.mentorId(), NoticeKind.BOOKING_RESCHEDULED, booking.id(), clock.instant()));
    }

    /** The student: the unpaid booking's time is free again. */
    @EventListener
    void on(BookingHoldExpired event) {
        bookings.find(event.bookingId()).ifPresent(booking ->
                store.add(booking.studentId(), NoticeKind.HOLD_EXPIRED, booking.id(), clock.instant()));
    }

    @EventListener
    void on(AccountErased event) {
        store.forget(event.accountId());
    }
}
