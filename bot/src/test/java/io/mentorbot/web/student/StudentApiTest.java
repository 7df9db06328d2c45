package io.mentorbot.web.student;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.mentorbot.support.Api.Answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student books, pays, reads and lists their sessions through the web API, under the bot's rules. */
class StudentApiTest extends StudentApiFixture {

    @Test
    void aStudentBooksAFreeTimeAndTheMentorIsToldInTelegram() {
        String anna = signIn(901, "Anna");

        Answer booked = call("POST", "/api/v1/bookings", Map.of("slotId", slot, "note", "Spring Boot question"), anna);

        assertThat(booked.status()).isEqualTo(201);
        long id = booked.body().path("id").asLong();
        assertThat(booked.header("Location")).endsWith("/api/v1/bookings/" + id);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("startsAt")).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(booked.text("endsAt")).isEqualTo("2027-03-20T17:00:00Z");
        assertThat(booked.body().path("mentor").path("id").asLong()).isEqualTo(mentorId);
        assertThat(booked.body().path("mentor").path("name").asText()).isEqualTo("Iryna Koval");
        assertThat(booked.body().path("student").path("id").asLong()).isEqualTo(accountOf(901));
        assertThat(booked.body().path("price").path("amount").asText()).isEqualTo("0.00");
        assertThat(booked.text("note")).isEqualTo("Spring Boot question");
        assertThat(booked.body().path("holdUntil").isNull()).isTrue();
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("New booking", "Anna", "Sat 20 Mar 18:00–19:00",
                "Note: Spring Boot question");
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", slot)).isOne();
    }

    @Test
    void bookingTheSameTimeTwiceAnswersTheBookingAgainAndBooksOnce() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer again = book(anna, slot);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("id").asLong()).isEqualTo(id);
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void aTimeSomeoneElseHoldsIsRefusedAsSlotTaken() {
        book(signIn(901, "Anna"), slot);

        Answer lost = book(signIn(902, "John"), slot);

        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.contentType())
                .startsWith("application/problem+json");
        assertThat(lost.text("type")).isEqualTo("/problems/slot-taken");
        assertThat(lost.text("detail")).contains("just booked by someone else");
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void everyOtherRefusalOfTheCoreIsAProblemOfItsOwn() {
        String anna = signIn(901, "Anna");
        long tooSoon = slotAt("2027-03-15T11:00:00Z");
        long tooFar = slotAt("2027-06-15T11:00:00Z");
        String iryna = signIn(801, "Iryna");

        assertThat(book(anna, tooSoon).text("type")).isEqualTo("/problems/booking-too-soon");
        assertThat(book(anna, tooSoon).text("detail")).contains("2 h before the start");
        assertThat(book(anna, tooFar).text("type")).isEqualTo("/problems/booking-too-far");
        assertThat(book(anna, 999_999).status()).isEqualTo(404);
        assertThat(book(anna, 999_999).text("type")).isEqualTo("/problems/slot-not-found");
        assertThat(book(iryna, slot).text("type")).isEqualTo("/problems/own-slot");
        jdbc.sql("UPDATE users SET paused = true WHERE id = ?").param(mentorId).update();
        assertThat(book(anna, slot).text("type")).isEqualTo("/problems/mentor-unavailable");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
    }

    @Test
    void aStudentMayHoldOnlySoManyUpcomingSessionsWithOneMentor() {
        String anna = signIn(901, "Anna");
        book(anna, slot);
        book(anna, nextSlot);

        Answer third = book(anna, slotAt("2027-03-21T16:00:00Z"));

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.text("type")).isEqualTo("/problems/booking-limit-mentor");
        assertThat(third.text("detail")).contains("2 upcoming consultations");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndBooksNothing() {
        String anna = signIn(901, "Anna");

        Answer noSlot = call("POST", "/api/v1/bookings", Map.of("note", "hi"), anna);
        Answer longNote = call("POST", "/api/v1/bookings", Map.of("slotId", slot, "note", "x".repeat(501)), anna);

        assertThat(noSlot.status()).isEqualTo(400);
        assertThat(noSlot.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(noSlot.body().path("errors").get(0).path("field").asText()).isEqualTo("slotId");
        assertThat(longNote.body().path("errors").get(0).path("field").asText()).isEqualTo("note");
        assertThat(book(null, slot).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
    }

    @Test
    void aPaidSessionIsHeldUntilPaidAndThenTheMentorIsTold() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH'").update();
        String anna = signIn(901, "Anna");

        Answer held = book(anna, slot);

        assertThat(held.status()).isEqualTo(201);
        assertThat(held.text("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(held.text("holdUntil")).isEqualTo("2027-03-15T10:15:00Z");
        assertThat(held.body().path("price").path("amount").asText()).isEqualTo("500.00");
        assertThat(held.body().path("price").path("currency").asText()).isEqualTo("UAH");
        long id = held.body().path("id").asLong();
        Answer strangers = call("POST", "/api/v1/bookings/" + id + "/pay", null, signIn(902, "John"));
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.text("type")).isEqualTo("/problems/not-found");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'PENDING_PAYMENT'")).isOne();

        Answer paid = call("POST", "/api/v1/bookings/" + id + "/pay", null, anna);

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("CONFIRMED");
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("New booking", "Paid: 500.00 UAH.");
        assertThat(call("POST", "/api/v1/bookings/" + id + "/pay", null, anna).text("type"))
                .isEqualTo("/problems/payment-not-pending");
    }

    @Test
    void aPaymentAfterTheHoldRanOutIsRefused() {
        jdbc.sql("UPDATE mentor_profiles SET price_minor = 50000, currency = 'UAH'").update();
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();
        clock.setTo(java.time.Instant.parse("2027-03-15T10:16:00Z"));
        anna = signIn(901, "Anna"); // the first access token has run out too

        Answer late = call("POST", "/api/v1/bookings/" + id + "/pay", null, anna);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("/problems/payment-expired");
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isZero();
    }

    @Test
    void aBookingIsShownToItsStudentAndItsMentorOnly() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer own = call("GET", "/api/v1/bookings/" + id, null, anna);
        Answer mentors = call("GET", "/api/v1/bookings/" + id, null, signIn(801, "Iryna"));
        Answer strangers = call("GET", "/api/v1/bookings/" + id, null, signIn(902, "John"));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("id").asLong()).isEqualTo(id);
        assertThat(mentors.status()).isEqualTo(200);
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.text("type")).isEqualTo("/problems/not-found");
        assertThat(call("GET", "/api/v1/bookings/424242", null, anna).status()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/bookings/abc", null, anna).body().path("errors").get(0).path("field")
                .asText()).isEqualTo("id");
    }

    @Test
    void theCalendarFileIsTheOneTheBotSendsAndOnlyForItsPeople() {
        String anna = signIn(901, "Anna");
        long id = book(anna, slot).body().path("id").asLong();

        Answer file = call("GET", "/api/v1/bookings/" + id + "/calendar.ics", null, anna);
        Answer strangers = call("GET", "/api/v1/bookings/" + id + "/calendar.ics", null, signIn(902, "John"));

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("text/calendar");
        assertThat(file.header("Content-Disposition")).contains("mentoring-session.ics");
        assertThat(new String(file.raw().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("BEGIN:VEVENT", "UID:booking-" + id + "@mentorbot", "DTSTART:20270320T160000Z",
                        "DTEND:20270320T170000Z", "SUMMARY:Mentoring session with Iryna Koval");
        assertThat(strangers.status()).isEqualTo(404);
    }

    @Test
    void myBookingsAreListedByShelfAndPaged() {
        String anna = signIn(901, "Anna");
        long first = book(anna, slot).body().path("id").asLong();
        long second = book(anna, nextSlot).body().path("id").asLong();
        call("POST", "/api/v1/bookings/" + second + "/cancel", Map.of("reason", "Plans changed"), anna);
        book(signIn(902, "John"), nextSlot);
        long done = book(anna, slotAt("2027-03-16T10:00:00Z")).body().path("id").asLong();
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(done).update();

        Answer upcoming = call("GET", "/api/v1/me/bookings?status=upcoming&size=1", null, anna);
        Answer past = call("GET", "/api/v1/me/bookings?status=past", null, anna);
        Answer cancelled = call("GET", "/api/v1/me/bookings?status=cancelled", null, anna);

        assertThat(upcoming.status()).isEqualTo(200);
        assertThat(upcoming.body().path("items").size()).isOne();
        assertThat(upcoming.body().path("items").get(0).path("id").asLong()).isEqualTo(first);
        assertThat(upcoming.body().path("total").asLong()).isEqualTo(1);
        assertThat(upcoming.body().path("size").asInt()).isEqualTo(1);
        assertThat(upcoming.body().path("page").asInt()).isZero();
        assertThat(past.body().path("items").get(0).path("id").asLong()).isEqualTo(done);
        assertThat(past.body().path("total").asLong()).isEqualTo(1);
        assertThat(cancelled.body().path("items").get(0).path("id").asLong()).isEqualTo(second);
        assertThat(cancelled.body().path("items").get(0).path("cancelReason").asText()).isEqualTo("Plans changed");
        Answer wrong = call("GET", "/api/v1/me/bookings?status=later&size=0", null, anna);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("errors").findValuesAsText("field")).contains("status", "size");
    }
}
