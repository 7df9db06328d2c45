package io.mentorbot.web.student;

import java.time.Instant;
import java.util.Map;

import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student cancels, moves and reviews their own session through the API; nobody else can. */
class BookingChangesApiTest extends StudentApiFixture {

    @Test
    void aStudentCancelsWithAReasonAndTheMentorIsToldInTelegram() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer cancelled = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Plans changed"), anna);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancelReason")).isEqualTo("Plans changed");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("A student cancelled", "Anna", "Reason: Plans changed");
        Answer again = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Again"), anna);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/booking-not-active");
    }

    @Test
    void anotherStudentCannotCancelMoveOrReviewABookingAndNothingChanges() {
        long id = book(signIn(901, "Anna"), slot).body().path("id").asLong();
        String john = signIn(902, "John");

        Answer cancel = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Mine now"), john);
        Answer move = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), john);
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        Answer review = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 1), john);

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.text("type")).isEqualTo("/problems/not-found");
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

        Answer noReason = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", " "), anna);
        Answer tooLong = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "x".repeat(301)), anna);
        clock.setTo(Instant.parse("2027-03-20T06:00:00Z")); // ten hours before the start
        anna = signIn(901, "Anna");
        Answer late = call("POST", "/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Plans changed"), anna);

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(tooLong.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("/problems/too-late-to-change");
        assertThat(late.text("detail")).contains("12 h before the start");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isOne();
    }

    @Test
    void aStudentMovesTheirSessionToAnotherFreeTimeAndTheMentorIsTold() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer moved = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("slotId").asLong()).isEqualTo(nextSlot);
        assertThat(moved.text("startsAt")).isEqualTo("2027-03-20T17:00:00Z");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", slot)).isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("Anna moved their session");
        assertThat(call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna)
                .text("type")).isEqualTo("/problems/same-slot");
    }

    @Test
    void aMoveToATakenOrUnknownTimeIsRefusedAndTheBookingStays() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();
        book(signIn(902, "John"), nextSlot);

        Answer taken = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", nextSlot), anna);
        Answer unknown = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of("slotId", 999_999), anna);
        Answer invalid = call("POST", "/api/v1/bookings/" + id + "/reschedule", Map.of(), anna);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("type")).isEqualTo("/problems/slot-taken");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("/problems/slot-not-found");
        assertThat(invalid.body().path("errors").get(0).path("field").asText()).isEqualTo("slotId");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND slot_id = ?", id, slot)).isOne();
    }

    @Test
    void aSessionIsReviewedOnceAndOnlyAfterItTookPlace() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer early = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 5), anna);
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        Answer tooMany = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 6), anna);
        Answer reviewed = call("POST", "/api/v1/bookings/" + id + "/review",
                Map.of("stars", 5, "comment", "Clear and patient"), anna);
        Answer twice = call("POST", "/api/v1/bookings/" + id + "/review", Map.of("stars", 1), anna);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("type")).isEqualTo("/problems/session-not-completed");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("errors").get(0).path("field").asText()).isEqualTo("stars");
        assertThat(reviewed.status()).isEqualTo(201);
        assertThat(reviewed.body().path("stars").asInt()).isEqualTo(5);
        assertThat(reviewed.text("comment")).isEqualTo("Clear and patient");
        assertThat(reviewed.body().path("bookingId").asLong()).isEqualTo(id);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("type")).isEqualTo("/problems/already-reviewed");
        assertThat(count("SELECT rating_count FROM mentor_profiles WHERE user_id = ?", mentorId)).isOne();
        awaitOutboxDelivered();
        assertThat(mentor.chat().messages()).anyMatch(m -> m.text() != null && m.text().contains("New review from Anna"));
    }
}
