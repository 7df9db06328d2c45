package io.mentorbot.web.student;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student cancels, moves and reviews their own session through the API; nobody else can. */
class BookingChangesApiTest extends StudentApiFixture {

    @Test
    void aStudentCancelsWithAReasonAndTheMentorIsToldInTelegram() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Reply cancelled = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Plans changed"), anna);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancelReason")).isEqualTo("Plans changed");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("A student cancelled", "Anna", "Reason: Plans changed");
        Reply again = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Again"), anna);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.type()).isEqualTo("/problems/booking-not-active");
    }

    @Test
    void anotherStudentCannotCancelMoveOrReviewABookingAndNothingChanges() {
        long id = book(signIn(901, "Anna"), slot).body().path("id").asLong();
        String john = signIn(902, "John");

        Reply cancel = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Mine now"), john);
        Reply move = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), john);
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        Reply review = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 1), john);

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.type()).isEqualTo("/problems/not-found");
        assertThat(move.status()).isEqualTo(404);
        assertThat(review.status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND slot_id = ? AND cancel_reason IS NULL",
                id, slot)).isOne();
        assertThat(count("SELECT count(*) FROM reviews")).isZero();
        assertThat(call("POST", "/api/v1/bookings/424242/cancel", Map.of("reason", "x"), john).status())
                .isEqualTo(404);
    }

    @Test
    void aCancellationInsideTheChangeWindowOrWithoutAReasonIsRefused() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Reply noReason = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", " "), anna);
        Reply tooLong = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "x".repeat(301)), anna);
        clock.setTo(Instant.parse("2027-03-20T06:00:00Z")); // ten hours before the start
        anna = signIn(901, "Anna");
        Reply late = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Plans changed"), anna);

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(tooLong.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.type()).isEqualTo("/problems/too-late-to-change");
        assertThat(late.text("detail")).contains("12 h before the start");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void aStudentMovesTheirSessionToAnotherFreeTimeAndTheMentorIsTold() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Reply moved = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("slotId").asLong()).isEqualTo(nextSlot);
        assertThat(moved.text("startsAt")).isEqualTo("2027-03-20T17:00:00Z");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("Anna moved their session");
        assertThat(call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna).type())
                .isEqualTo("/problems/same-slot");
    }

    @Test
    void aMoveToATakenOrUnknownTimeIsRefusedAndTheBookingStays() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();
        book(signIn(902, "John"), nextSlot);

        Reply taken = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna);
        Reply unknown = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", 999_999), anna);
        Reply invalid = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of(), anna);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.type()).isEqualTo("/problems/slot-taken");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).isEqualTo("/problems/slot-not-found");
        assertThat(invalid.body().path("errors").get(0).path("field").asText()).isEqualTo("slotId");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND slot_id = ?", id, slot)).isOne();
    }

    @Test
    void aSessionIsReviewedOnceAndOnlyAfterItTookPlace() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Reply early = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 5), anna);
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        Reply tooMany = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 6), anna);
        Reply reviewed = call("POST", "/api/v1/bookings/" + id + "/review",
                Map.of("stars", 5, "comment", "Clear and patient"), anna);
        Reply twice = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 1), anna);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.type()).isEqualTo("/problems/session-not-completed");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("errors").get(0).path("field").asText()).isEqualTo("stars");
        assertThat(reviewed.status()).isEqualTo(201);
        assertThat(reviewed.body().path("stars").asInt()).isEqualTo(5);
        assertThat(reviewed.text("comment")).isEqualTo("Clear and patient");
        assertThat(reviewed.body().path("bookingId").asLong()).isEqualTo(id);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.type()).isEqualTo("/problems/already-reviewed");
        assertThat(count("SELECT rating_count FROM mentor_profiles WHERE user_id = ?", mentorId)).isOne();
        awaitOutboxDelivered();
        assertThat(mentor.chat().messages()).anyMatch(m -> m.text() != null && m.text().contains("New review from Anna"));
    }
}
