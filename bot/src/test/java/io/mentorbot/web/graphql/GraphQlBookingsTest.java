package io.mentorbot.web.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.support.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A student's account, bookings and changes to them over GraphQL, under the bot's rules; and the admin's numbers. */
class GraphQlBookingsTest extends GraphQlFixture {

    private static final String BOOK = """
            mutation($slot: ID!, $note: String) { book(slotId: $slot, note: $note) {
              __typename
              ... on Booking { id status startsAt mentor { id name } student { id } note }
              ... on SlotTaken { slotId message }
              ... on BookingRefused { code message }
            } }""";
    private static final String CANCEL = """
            mutation($id: ID!, $reason: String!) { cancelBooking(id: $id, reason: $reason) {
              __typename ... on Booking { status cancelReason } ... on BookingRefused { code message }
            } }""";

    @Test
    void meAndMyBookingsNeedAToken() {
        Api.Answer anonymous = graphQl("{ me { id } }", null);
        String anna = signIn(901, "Anna");

        Api.Answer me = graphQl("{ me { id firstName roles timeZone } }", anna);

        assertThat(firstError(anonymous).path("extensions").path("classification").asText())
                .isEqualTo("UNAUTHORIZED");
        assertThat(firstError(anonymous).path("extensions").path("type").asText()).isEqualTo("/problems/unauthorized");
        assertThat(data(me).path("me").path("id").asLong()).isEqualTo(accountOf(901));
        assertThat(data(me).path("me").path("roles").toString()).isEqualTo("[\"STUDENT\"]");
        assertThat(graphQl("{ me { id } }", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void aBlockedAccountIsRefusedAndBooksNothing() {
        String anna = signIn(901, "Anna");
        jdbc.sql("UPDATE users SET blocked = true WHERE id = ?").param(accountOf(901)).update();

        Api.Answer refused = graphQl(BOOK, anna, "slot", slot);

        assertThat(firstError(refused).path("extensions").path("classification").asText()).isEqualTo("FORBIDDEN");
        assertThat(firstError(refused).path("extensions").path("type").asText()).isEqualTo("/problems/account-blocked");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
    }

    @Test
    void aStudentBooksAndTheMentorIsToldInTelegram() {
        String anna = signIn(901, "Anna");

        JsonNode booked = data(graphQl(BOOK, anna, "slot", slot, "note", "Spring Boot question")).path("book");

        assertThat(booked.path("__typename").asText()).isEqualTo("Booking");
        assertThat(booked.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(booked.path("startsAt").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(booked.path("mentor").path("name").asText()).isEqualTo("Iryna Koval");
        assertThat(booked.path("student").path("id").asLong()).isEqualTo(accountOf(901));
        awaitOutboxDelivered();
        assertThat(lastNotice(mentor).text()).contains("New booking", "Anna", "Note: Spring Boot question");
        JsonNode mine = data(graphQl("{ myBookings { id status } }", anna)).path("myBookings");
        assertThat(mine).hasSize(1);
        assertThat(mine.path(0).path("id").asLong()).isEqualTo(booked.path("id").asLong());
    }

    @Test
    void theLoserOfARaceGetsSlotTakenAsAResultNotAnError() {
        graphQl(BOOK, signIn(901, "Anna"), "slot", slot);

        Api.Answer lost = graphQl(BOOK, signIn(902, "John"), "slot", slot);

        JsonNode result = data(lost).path("book");
        assertThat(lost.body().has("errors")).isFalse();
        assertThat(result.path("__typename").asText()).isEqualTo("SlotTaken");
        assertThat(result.path("slotId").asLong()).isEqualTo(slot);
        assertThat(result.path("message").asText()).contains("just booked by someone else");
        assertThat(count("SELECT count(*) FROM bookings")).isOne();
    }

    @Test
    void otherRefusalsOfTheCoreAreNamedAsTheRestApiNamesThem() {
        String iryna = signIn(801, "Iryna");
        String anna = signIn(901, "Anna");

        assertThat(data(graphQl(BOOK, iryna, "slot", slot)).path("book").path("code").asText()).isEqualTo("own-slot");
        assertThat(data(graphQl(BOOK, anna, "slot", 999_999)).path("book").path("code").asText())
                .isEqualTo("slot-not-found");
        Api.Answer longNote = graphQl(BOOK, anna, "slot", slot, "note", "x".repeat(501));
        assertThat(firstError(longNote).path("extensions").path("field").asText()).isEqualTo("note");
        assertThat(count("SELECT count(*) FROM bookings")).isZero();
    }

    @Test
    void aStudentCancelsAndReschedulesTheirOwnBooking() {
        String anna = signIn(901, "Anna");
        long id = data(graphQl(BOOK, anna, "slot", slot)).path("book").path("id").asLong();

        JsonNode moved = data(graphQl("""
                mutation($id: ID!, $slot: ID!) { reschedule(id: $id, slotId: $slot) {
                  __typename ... on Booking { slotId startsAt } } }""", anna, "id", id, "slot", nextSlot))
                .path("reschedule");
        long movedId = count("SELECT id FROM bookings WHERE student_id = ? AND status = 'CONFIRMED'",
                accountOf(901));
        JsonNode cancelled = data(graphQl(CANCEL, anna, "id", movedId, "reason", "Ill")).path("cancelBooking");

        assertThat(moved.path("__typename").asText()).isEqualTo("Booking");
        assertThat(moved.path("startsAt").asText()).isEqualTo("2027-03-20T17:00:00Z");
        assertThat(cancelled.path("__typename").asText()).isEqualTo("Booking");
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancelReason").asText()).isEqualTo("Ill");
    }

    @Test
    void anotherStudentsBookingCannotBeCancelledAndStaysAsItWas() {
        long id = data(graphQl(BOOK, signIn(901, "Anna"), "slot", slot)).path("book").path("id").asLong();

        JsonNode refused = data(graphQl(CANCEL, signIn(902, "John"), "id", id, "reason", "mine now"))
                .path("cancelBooking");

        assertThat(refused.path("__typename").asText()).isEqualTo("BookingRefused");
        assertThat(refused.path("code").asText()).isEqualTo("not-found");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CONFIRMED'", id)).isOne();
        Api.Answer blank = graphQl(CANCEL, signIn(901, "Anna"), "id", id, "reason", " ");
        assertThat(firstError(blank).path("extensions").path("field").asText()).isEqualTo("reason");
    }

    @Test
    void aSessionIsReviewedOnlyOnceItTookPlace() {
        String anna = signIn(901, "Anna");
        long id = data(graphQl(BOOK, anna, "slot", slot)).path("book").path("id").asLong();
        String review = """
                mutation($id: ID!, $stars: Int!) { review(id: $id, stars: $stars, comment: "Clear and kind") {
                  __typename ... on ReviewSaved { stars comment } ... on BookingRefused { code } } }""";

        JsonNode early = data(graphQl(review, anna, "id", id, "stars", 5)).path("review");
        jdbc.sql("UPDATE bookings SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        JsonNode saved = data(graphQl(review, anna, "id", id, "stars", 5)).path("review");
        JsonNode again = data(graphQl(review, anna, "id", id, "stars", 4)).path("review");

        assertThat(early.path("code").asText()).isEqualTo("session-not-completed");
        assertThat(saved.path("__typename").asText()).isEqualTo("ReviewSaved");
        assertThat(saved.path("comment").asText()).isEqualTo("Clear and kind");
        assertThat(again.path("code").asText()).isEqualTo("already-reviewed");
        Api.Answer sixStars = graphQl(review, anna, "id", id, "stars", 6);
        assertThat(firstError(sixStars).path("extensions").path("field").asText()).isEqualTo("stars");
    }

    @Test
    void onlyAnAdminReadsThePlatformsNumbers() {
        Api.Answer student = graphQl("{ adminStats { users } }", signIn(901, "Anna"));
        send(telegram.user(ADMIN_ID, "Ada", "Admin", "ada", "en"), "/start");

        Api.Answer admin = graphQl("{ adminStats { users mentors bookings cancellationRate } }",
                signIn(ADMIN_ID, "Ada"));

        assertThat(firstError(student).path("extensions").path("classification").asText()).isEqualTo("FORBIDDEN");
        assertThat(data(student).path("adminStats").isMissingNode() || data(student).isNull()).isTrue();
        assertThat(data(admin).path("adminStats").path("users").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(data(admin).path("adminStats").path("mentors").asLong()).isEqualTo(1);
    }
}
