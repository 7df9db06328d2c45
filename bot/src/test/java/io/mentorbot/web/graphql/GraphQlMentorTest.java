package io.mentorbot.web.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor's part of the graph: their profile, slots, clients and session outcomes under the bot's rules, refused
 * to anyone who is not a mentor, and to a mentor for another mentor's slots and sessions.
 */
class GraphQlMentorTest extends GraphQlFixture {

    private static final String PROFILE = "{ myMentorProfile { id name headline bio topics sessionMinutes listed "
            + "price { free amount currency } rating { count } photo } }";
    private static final String UPDATE = """
            mutation($input: MentorProfileInput!) { updateMentorProfile(input: $input) {
              headline bio topics sessionMinutes listed } }""";
    private static final String CREATE = """
            mutation($input: NewSlotsInput!) { createSlots(input: $input) {
              zone created { id startsAt endsAt }
              skipped { localStart startsAt reason clash { id startsAt } } } }""";
    private static final String SLOTS = """
            query($from: Instant, $to: Instant, $first: Int) { mySlots(from: $from, to: $to, first: $first) {
              id startsAt endsAt status studentName } }""";
    private static final String BLOCK = """
            mutation($id: ID!) { blockSlot(id: $id) {
              __typename ... on Slot { id status } ... on SlotRefused { slotId code message } } }""";
    private static final String UNBLOCK = """
            mutation($id: ID!) { unblockSlot(id: $id) {
              __typename ... on Slot { id status } ... on SlotRefused { slotId code message } } }""";
    private static final String DELETE = """
            mutation($id: ID!) { deleteSlot(id: $id) {
              __typename ... on SlotDeleted { slotId } ... on SlotRefused { slotId code message } } }""";
    private static final String OUTCOME = """
            mutation($id: ID!, $outcome: SessionOutcome!) { recordOutcome(bookingId: $id, outcome: $outcome) {
              __typename ... on OutcomeRecorded { bookingId outcome } ... on OutcomeRefused { bookingId code message }
            } }""";
    private static final String BOOK = """
            mutation($slot: ID!) { book(slotId: $slot) { __typename ... on Booking { id } } }""";

    @Test
    void theMentorReadsAndChangesTheirProfile() {
        String iryna = signIn(801, "Iryna");

        JsonNode profile = data(graphQl(PROFILE, iryna)).path("myMentorProfile");
        JsonNode changed = data(graphQl(UPDATE, iryna, "input", Map.of("bio", "Ten years of Java",
                "topics", List.of("programming"), "sessionMinutes", 90, "listed", false))).path("updateMentorProfile");

        assertThat(profile.path("id").asLong()).isEqualTo(mentorId);
        assertThat(profile.path("name").asText()).startsWith("Iryna");
        assertThat(profile.path("headline").asText()).isEqualTo("Backend mentor");
        assertThat(profile.path("listed").asBoolean()).isTrue();
        assertThat(profile.path("price").path("free").asBoolean()).isTrue();
        assertThat(profile.path("rating").path("count").asInt()).isZero();
        assertThat(changed.path("headline").asText()).isEqualTo("Backend mentor");
        assertThat(changed.path("bio").asText()).isEqualTo("Ten years of Java");
        assertThat(changed.path("sessionMinutes").asInt()).isEqualTo(90);
        assertThat(changed.path("listed").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND NOT listed", mentorId)).isOne();
    }

    @Test
    void aRefusedProfileValueNamesTheFieldAndChangesNothing() {
        String iryna = signIn(801, "Iryna");

        Api.Answer shortSession = graphQl(UPDATE, iryna, "input", Map.of("bio", "New bio", "sessionMinutes", 5));
        Api.Answer unknownTopic = graphQl(UPDATE, iryna, "input", Map.of("topics", List.of("alchemy")));
        Api.Answer badPrice = graphQl(UPDATE, iryna, "input", Map.of("price", "cheap"));

        assertThat(firstError(shortSession).path("extensions").path("classification").asText())
                .isEqualTo("BAD_REQUEST");
        assertThat(firstError(shortSession).path("extensions").path("type").asText())
                .isEqualTo("/problems/invalid-request");
        assertThat(firstError(shortSession).path("extensions").path("field").asText()).isEqualTo("sessionMinutes");
        assertThat(firstError(shortSession).path("message").asText()).startsWith("sessionMinutes: must be between");
        assertThat(firstError(unknownTopic).path("extensions").path("field").asText()).isEqualTo("topics");
        assertThat(firstError(badPrice).path("extensions").path("field").asText()).isEqualTo("price");
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE user_id = ? AND bio IS NULL "
                + "AND session_minutes = 60", mentorId)).isOne();
    }

    @Test
    void aStudentIsForbiddenEveryMentorOperationAndNothingChanges() {
        String anna = signIn(901, "Anna");
        List<Api.Answer> answers = List.of(
                graphQl(PROFILE, anna),
                graphQl(UPDATE, anna, "input", Map.of("bio", "I teach now")),
                graphQl(SLOTS, anna),
                graphQl(CREATE, anna, "input", Map.of("startsAt", "2027-03-22T10:00:00Z")),
                graphQl(BLOCK, anna, "id", slot),
                graphQl(DELETE, anna, "id", slot),
                graphQl("{ myClients { id } }", anna),
                graphQl(OUTCOME, anna, "id", 1, "outcome", "COMPLETED"));

        for (Api.Answer answer : answers) {
            assertThat(firstError(answer).path("extensions").path("classification").asText()).isEqualTo("FORBIDDEN");
            assertThat(firstError(answer).path("extensions").path("type").asText()).isEqualTo("/problems/forbidden");
        }
        assertThat(firstError(graphQl(SLOTS, null)).path("extensions").path("classification").asText())
                .isEqualTo("UNAUTHORIZED");
        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'FREE'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE bio IS NOT NULL")).isZero();
    }

    @Test
    void aSingleSessionIsCreatedAndListedWithTheOthers() {
        String iryna = signIn(801, "Iryna");

        JsonNode report = data(graphQl(CREATE, iryna, "input", Map.of("startsAt", "2027-03-22T10:00:00Z")))
                .path("createSlots");
        JsonNode mine = data(graphQl(SLOTS, iryna)).path("mySlots");

        assertThat(report.path("zone").asText()).isEqualTo("Europe/Kyiv");
        assertThat(report.path("created")).hasSize(1);
        assertThat(report.path("created").path(0).path("endsAt").asText()).isEqualTo("2027-03-22T11:00:00Z");
        assertThat(report.path("skipped")).isEmpty();
        assertThat(mine).hasSize(3);
        assertThat(mine.path(0).path("id").asLong()).isEqualTo(slot);
        assertThat(mine.path(0).path("status").asText()).isEqualTo("FREE");
        assertThat(mine.path(2).path("startsAt").asText()).isEqualTo("2027-03-22T10:00:00Z");
        assertThat(data(graphQl(SLOTS, iryna, "from", "2027-03-21T00:00:00Z", "to", "2027-03-23T00:00:00Z"))
                .path("mySlots")).hasSize(1);
        assertThat(data(graphQl(SLOTS, iryna, "first", 1)).path("mySlots")).hasSize(1);
    }

    @Test
    void aWeeklyRequestReportsTheTimesItSkippedWithTheReasonAndTheSlotInTheWay() {
        String iryna = signIn(801, "Iryna");

        JsonNode report = data(graphQl(CREATE, iryna, "input", Map.of("days", List.of("SAT"),
                "time", "18:00-21:00", "weeks", 1, "minutes", 60))).path("createSlots");

        assertThat(report.path("created")).hasSize(1);
        assertThat(report.path("created").path(0).path("startsAt").asText()).isEqualTo("2027-03-20T18:00:00Z");
        assertThat(report.path("skipped")).hasSize(2);
        JsonNode skipped = report.path("skipped").path(0);
        assertThat(skipped.path("reason").asText()).isEqualTo("OVERLAP");
        assertThat(skipped.path("localStart").asText()).isEqualTo("2027-03-20T18:00");
        assertThat(skipped.path("startsAt").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(skipped.path("clash").path("id").asLong()).isEqualTo(slot);
        assertThat(report.path("skipped").path(1).path("clash").path("id").asLong()).isEqualTo(nextSlot);
        assertThat(count("SELECT count(*) FROM slots WHERE mentor_id = ?", mentorId)).isEqualTo(3);
    }

    @Test
    void aRequestTheCoreRefusesNamesTheFieldAndCreatesNothing() {
        String iryna = signIn(801, "Iryna");

        assertThat(field(iryna, Map.of("startsAt", "2027-03-01T10:00:00Z"))).isEqualTo("startsAt");
        assertThat(field(iryna, Map.of("startsAt", "2027-03-22T10:00:00Z", "minutes", 5))).isEqualTo("minutes");
        assertThat(field(iryna, Map.of("days", List.of("someday"), "time", "18:00", "weeks", 2))).isEqualTo("days");
        assertThat(field(iryna, Map.of("days", List.of("MON"), "time", "6pm", "weeks", 2))).isEqualTo("time");
        assertThat(field(iryna, Map.of("days", List.of("MON"), "time", "18:00", "weeks", 60))).isEqualTo("weeks");
        assertThat(field(iryna, Map.of("from", "2027-03-22T10:00:00Z"))).isEqualTo("to");
        assertThat(field(iryna, Map.of())).isEqualTo("startsAt");
        Api.Answer backwards = graphQl(SLOTS, iryna, "from", "2027-03-22T00:00:00Z", "to", "2027-03-21T00:00:00Z");
        assertThat(firstError(backwards).path("extensions").path("field").asText()).isEqualTo("to");
        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(2);
    }

    @Test
    void aFreeSlotIsBlockedUnblockedAndDeletedButABookedOneIsNot() {
        String iryna = signIn(801, "Iryna");
        graphQl(BOOK, signIn(901, "Anna"), "slot", slot);

        JsonNode blocked = data(graphQl(BLOCK, iryna, "id", nextSlot)).path("blockSlot");
        JsonNode again = data(graphQl(BLOCK, iryna, "id", nextSlot)).path("blockSlot");
        JsonNode unblocked = data(graphQl(UNBLOCK, iryna, "id", nextSlot)).path("unblockSlot");
        JsonNode booked = data(graphQl(DELETE, iryna, "id", slot)).path("deleteSlot");
        JsonNode deleted = data(graphQl(DELETE, iryna, "id", nextSlot)).path("deleteSlot");

        assertThat(blocked.path("__typename").asText()).isEqualTo("Slot");
        assertThat(blocked.path("status").asText()).isEqualTo("BLOCKED");
        assertThat(again.path("__typename").asText()).isEqualTo("SlotRefused");
        assertThat(again.path("code").asText()).isEqualTo("slot-wrong-status");
        assertThat(unblocked.path("status").asText()).isEqualTo("FREE");
        assertThat(booked.path("code").asText()).isEqualTo("slot-wrong-status");
        assertThat(booked.path("message").asText()).isNotBlank();
        assertThat(deleted.path("__typename").asText()).isEqualTo("SlotDeleted");
        assertThat(deleted.path("slotId").asLong()).isEqualTo(nextSlot);
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BOOKED'", slot)).isOne();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status <> 'CANCELLED'", nextSlot)).isZero();
        JsonNode mine = data(graphQl(SLOTS, iryna)).path("mySlots");
        assertThat(mine.path(0).path("studentName").asText()).isEqualTo("Anna");
    }

    @Test
    void anotherMentorsSlotIsRefusedAsNotFoundAndStaysAsItWas() {
        long oleh = aMentor(telegram.user(802, "Oleh", "Bondar", "oleh", "en"), "Frontend mentor");
        long free = slotAt(oleh, "2027-03-22T16:00:00Z");
        long blocked = slotAt(oleh, "2027-03-22T17:00:00Z");
        jdbc.sql("UPDATE slots SET status = 'BLOCKED' WHERE id = ?").param(blocked).update();
        String iryna = signIn(801, "Iryna");

        List<JsonNode> answers = List.of(data(graphQl(BLOCK, iryna, "id", free)).path("blockSlot"),
                data(graphQl(UNBLOCK, iryna, "id", blocked)).path("unblockSlot"),
                data(graphQl(DELETE, iryna, "id", free)).path("deleteSlot"),
                data(graphQl(BLOCK, iryna, "id", 999_999)).path("blockSlot"));

        for (JsonNode answer : answers) {
            assertThat(answer.path("__typename").asText()).isEqualTo("SlotRefused");
            assertThat(answer.path("code").asText()).isEqualTo("not-found");
        }
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'FREE'", free)).isOne();
        assertThat(count("SELECT count(*) FROM slots WHERE id = ? AND status = 'BLOCKED'", blocked)).isOne();
        assertThat(data(graphQl(SLOTS, iryna, "from", "2027-03-22T00:00:00Z", "to", "2027-03-23T00:00:00Z"))
                .path("mySlots")).isEmpty();
    }

    @Test
    void theMentorSeesTheirClientsAndRecordsWhetherTheSessionTookPlace() {
        SimulatedUser annaChat = telegram.user(901, "Anna", "Shevchenko", "anna", "en");
        send(annaChat, "/start");
        long booking = data(graphQl(BOOK, signIn(901, "Anna"), "slot", slot)).path("book").path("id").asLong();
        long oleh = aMentor(telegram.user(802, "Oleh", "Bondar", "oleh", "en"), "Frontend mentor");
        long olehsBooking = data(graphQl(BOOK, signIn(901, "Anna"), "slot", slotAt(oleh, "2027-03-20T10:00:00Z")))
                .path("book").path("id").asLong();
        JsonNode early = data(graphQl(OUTCOME, signIn(801, "Iryna"), "id", booking, "outcome", "COMPLETED"))
                .path("recordOutcome");
        clock.setTo(Instant.parse("2027-03-20T18:00:00Z"));
        String iryna = signIn(801, "Iryna");

        JsonNode clients = data(graphQl("{ myClients { id name sessions lastSession } }", iryna)).path("myClients");
        JsonNode done = data(graphQl(OUTCOME, iryna, "id", booking, "outcome", "COMPLETED")).path("recordOutcome");
        JsonNode again = data(graphQl(OUTCOME, iryna, "id", booking, "outcome", "NO_SHOW")).path("recordOutcome");
        JsonNode others = data(graphQl(OUTCOME, iryna, "id", olehsBooking, "outcome", "NO_SHOW"))
                .path("recordOutcome");

        assertThat(early.path("code").asText()).isEqualTo("session-not-ended");
        assertThat(clients).hasSize(1);
        assertThat(clients.path(0).path("id").asLong()).isEqualTo(accountOf(901));
        assertThat(clients.path(0).path("sessions").asInt()).isOne();
        assertThat(clients.path(0).path("lastSession").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(done.path("__typename").asText()).isEqualTo("OutcomeRecorded");
        assertThat(done.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(again.path("code").asText()).isEqualTo("outcome-already-recorded");
        assertThat(others.path("__typename").asText()).isEqualTo("OutcomeRefused");
        assertThat(others.path("code").asText()).isEqualTo("not-found");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'COMPLETED'", booking)).isOne();
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CONFIRMED'", olehsBooking))
                .isOne();
        awaitOutboxDelivered();
        assertThat(lastNotice(annaChat).text()).isNotBlank();
    }

    @Test
    void theNewListsCountTowardsTheComplexityBudgetAndDepthStillHolds() {
        String iryna = signIn(801, "Iryna");

        Api.Answer slots = graphQl("{ mySlots(first: 100) { id startsAt endsAt status studentName } }", iryna);
        Api.Answer clients = graphQl("{ myClients(first: 100) { id name username sessions lastSession } }", iryna);
        Api.Answer both = graphQl("{ mySlots { id startsAt endsAt status studentName } "
                + "myClients { id name username sessions lastSession } }", iryna);
        Api.Answer deep = graphQl("""
                { mySlots { id } mentors(first: 1) { edges { node { topics { mentors(first: 1) { edges { node {
                    topics { mentors(first: 1) { edges { node { name } } } } } } } } } } } }""", iryna);

        for (Api.Answer refused : List.of(slots, clients, both)) {
            assertThat(data(refused).isMissingNode() || data(refused).isNull()).isTrue();
            assertThat(firstError(refused).path("message").asText()).containsIgnoringCase("complexity");
        }
        assertThat(firstError(deep).path("message").asText()).containsIgnoringCase("depth");
        assertThat(graphQl("{ mySlots(first: 50) { id startsAt status } }", iryna).body().has("errors")).isFalse();
        assertThat(firstError(graphQl("{ mySlots(first: 101) { id } }", iryna)).path("extensions").path("field")
                .asText()).isEqualTo("first");
    }

    private String field(String token, Map<String, Object> input) {
        Api.Answer answer = graphQl(CREATE, token, "input", input);
        assertThat(firstError(answer).path("extensions").path("classification").asText()).as(input.toString())
                .isEqualTo("BAD_REQUEST");
        return firstError(answer).path("extensions").path("field").asText();
    }
}
