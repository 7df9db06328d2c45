package io.mentorbot.web.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.mentorbot.bookings.BookingView;

/** The graph's object types as records; unions are told apart by the record's simple name. */
final class GraphTypes {

    private GraphTypes() {
    }

    record Topic(String code, String name, int mentors) {
    }

    record TopicName(String code, String name) {
    }

    record Rating(BigDecimal average, int count) {
    }

    /** {@code amount} as a decimal string in the currency's major unit ("25.00"); a free session costs "0". */
    record Money(boolean free, String amount, String currency) {

        static Money of(long minor, String currency) {
            int digits;
            try {
                digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException | NullPointerException unknown) {
                digits = 2;
            }
            return minor == 0 ? new Money(true, "0", currency)
                    : new Money(false, BigDecimal.valueOf(minor, digits).toPlainString(), currency);
        }
    }

    /**
     * A listed mentor. {@code firstFree}: the start of their next free slot as the catalogue read it, which the
     * {@code nextFree} field turns into the next bookable time (the calendar may hide it).
     */
    record Mentor(long id, String name, String headline, String bio, List<String> topicCodes, Money price,
                  int sessionMinutes, Rating rating, Instant firstFree, String photo) {
    }

    record MentorEdge(String cursor, Mentor node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record MentorConnection(List<MentorEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record Review(int stars, String comment, Instant date, String reply) {
    }

    record FreeTime(long id, Instant startsAt, Instant endsAt) {
    }

    record Me(long id, String firstName, String lastName, String username, String language, String timeZone,
              List<String> roles) {
    }

    record Person(long id, String name) {
    }

    record Booking(long id, long slotId, String status, Instant startsAt, Instant endsAt, Person mentor,
                   Person student, String note, Money price, Instant holdUntil, String cancelReason) {

        static Booking of(BookingView b) {
            return new Booking(b.id(), b.slotId(), b.status().name(), b.startsAt(), b.endsAt(),
                    new Person(b.mentorId(), b.mentorName()), new Person(b.studentId(), b.studentName()), b.note(),
                    Money.of(b.priceMinor(), b.currency()), b.holdUntil(), b.cancelReason());
        }
    }

    record SlotTaken(long slotId, String message) {
    }

    record BookingRefused(String code, String message) {
    }

    record ReviewSaved(int stars, String comment, Instant date) {
    }

    record AdminStats(long users, long mentors, long newUsers7, long newUsers30, long bookings, long newBookings7,
                      long newBookings30, double cancellationRate, double noShowRate, long slotsFreeAhead) {
    }
}
