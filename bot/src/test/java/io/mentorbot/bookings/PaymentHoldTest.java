package io.mentorbot.bookings;

import java.time.Duration;
import java.time.Instant;

import io.mentorbot.bookings.PaymentOutcome.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A paid mentor's slot is held while the student pays; an unpaid hold runs out and frees the slot. */
@RecordApplicationEvents
class PaymentHoldTest extends BookingFixtures {

    private static final Duration HOLD = Duration.ofMinutes(15);

    @Autowired
    private ApplicationEvents events;
    @Autowired
    private PlatformTransactionManager transactions;

    private long mentor;
    private long student;
    private long slot;

    @BeforeEach
    void aPaidMentorWithASlot() {
        mentor = paidMentor("Olena", 50_000, "EUR");
        student = student("Taras", null);
        slot = slot(mentor, days(3));
    }

    @Test
    void bookingAPaidMentorHoldsTheSlotUntilThePaymentArrives() {
        BookingOutcome outcome = desk.book(student, slot, null);

        assertThat(outcome.booked()).isTrue();
        assertThat(outcome.booking().status()).isEqualTo(BookingStatus.PENDING_PAYMENT);
        assertThat(outcome.booking().holdUntil()).isEqualTo(NOW.plus(HOLD));
        assertThat(outcome.booking().priceMinor()).isEqualTo(50_000);
        assertThat(outcome.booking().currency()).isEqualTo("EUR");
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
        assertThat(events.stream(BookingConfirmed.class)).isEmpty();
    }

    @Test
    void paymentWithinTheHoldConfirmsTheBooking() {
        long booking = booked(student, slot);
        clock.setTo(NOW.plus(HOLD).minusSeconds(1));

        PaymentOutcome outcome = desk.confirmPayment(booking, student);

        assertThat(outcome.result()).isEqualTo(Result.CONFIRMED);
        assertThat(outcome.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(slotStatus(slot)).isEqualTo("BOOKED");
        assertThat(events.stream(BookingConfirmed.class)).extracting(BookingConfirmed::bookingId)
                .containsExactly(booking);
    }

    @Test
    void theBookingKeepsThePriceItWasMadeAt() {
        long booking = booked(student, slot);
        update("UPDATE mentor_profiles SET price_minor = 99900 WHERE user_id = ?", mentor);

        assertThat(desk.find(booking).orElseThrow().priceMinor()).isEqualTo(50_000);
    }

    @Test
    void confirmingTwiceSaysTheSecondTimeThatNothingIsPending() {
        long booking = booked(student, slot);
        desk.confirmPayment(booking, student);

        PaymentOutcome again = desk.confirmPayment(booking, student);

        assertThat(again.result()).isEqualTo(Result.NOT_PENDING);
        assertThat(again.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void anotherStudentCannotConfirmSomeoneElsesBooking() {
        long booking = booked(student, slot);

        PaymentOutcome outcome = desk.confirmPayment(booking, student("Mallory", null));

        assertThat(outcome.result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
        assertThat(outcome.booking()).isNull();
        assertThat(bookingStatus(booking)).isEqualTo("PENDING_PAYMENT");
        assertThat(desk.confirmPayment(987_654, student).result()).isEqualTo(Result.NOT_YOURS_OR_NOT_FOUND);
    }

    @Test
    void aPaymentAfterTheHoldIsRefusedAsExpiredBeforeAndAfterTheExpiryRun() {
        long booking = booked(student, slot);
        clock.setTo(NOW.plus(HOLD));

        assertThat(desk.confirmPayment(booking, student).result()).isEqualTo(Result.EXPIRED);
        desk.expireHolds();
        assertThat(desk.confirmPayment(booking, student).result()).isEqualTo(Result.EXPIRED);
        assertThat(bookingStatus(booking)).isEqualTo("CANCELLED");
    }

    @Test
    void holdExpiryCancelsUnpaidBookingsAndReleasesTheirSlots() {
        long expiring = booked(student, slot);
        long laterSlot = slot(mentor, days(4));
        clock.setTo(NOW.plus(Duration.ofMinutes(5)));
        long stillHeld = booked(student("Other", null), laterSlot);

        int expired = expireHoldsAt(NOW.plus(HOLD));

        assertThat(expired).isOne();
        assertThat(bookingStatus(expiring)).isEqualTo("CANCELLED");
        assertThat(desk.find(expiring).orElseThrow().cancelReason()).isEqualTo("payment not completed in time");
        assertThat(slotStatus(slot)).isEqualTo("FREE");
        assertThat(bookingStatus(stillHeld)).isEqualTo("PENDING_PAYMENT");
        assertThat(slotStatus(laterSlot)).isEqualTo("BOOKED");
        assertThat(events.stream(BookingHoldExpired.class)).containsExactly(new BookingHoldExpired(expiring));
        assertThat(desk.expireHolds()).isZero();
        assertThat(desk.book(student("Next", null), slot, null).booked()).isTrue();
    }

    @Test
    void expiryReportsHowManyHoldsRanOut() {
        long first = booked(student, slot);
        long second = booked(student("Other", null), slot(mentor, days(5)));

        int expired = expireHoldsAt(NOW.plus(HOLD).plusSeconds(1));

        assertThat(expired).isEqualTo(2);
        assertThat(events.stream(BookingHoldExpired.class))
                .containsExactlyInAnyOrder(new BookingHoldExpired(first), new BookingHoldExpired(second));
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'FREE'")).isEqualTo(2);
    }

    /**
     * Moves the clock to {@code at} and expires the holds. The scheduled expiry runs every minute on the same clock;
     * holding the pending bookings' row locks from before the clock moves makes a scheduled run that falls in
     * between wait, then find nothing left to do, so the count seen here is exact.
     */
    private int expireHoldsAt(Instant at) {
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("SELECT id FROM bookings WHERE status = 'PENDING_PAYMENT' FOR UPDATE").query(Long.class).list();
            clock.setTo(at);
            return desk.expireHolds();
        });
    }
}
