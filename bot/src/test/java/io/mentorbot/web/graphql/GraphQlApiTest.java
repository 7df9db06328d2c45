package io.mentorbot.web.graphql;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorbot.support.Api;
import io.mentorbot.support.CountedStatements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue over GraphQL, and the limits every document is held to. */
class GraphQlApiTest extends GraphQlFixture {

    private static final String MENTORS = """
            query($first: Int, $after: String) {
              mentors(topic: "programming", first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id name headline nextFree rating { average count } price { free amount } } }
              }
            }""";

    @Test
    void topicsAreNamedAndCountedForAnyone() {
        Api.Answer answer = graphQl("{ topics { code name mentors } }", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode programming = data(answer).path("topics").path(0);
        assertThat(programming.path("code").asText()).isEqualTo("programming");
        assertThat(programming.path("name").asText()).isNotBlank();
        assertThat(programming.path("mentors").asInt()).isEqualTo(1);
        assertThat(answer.body().has("errors")).isFalse();
    }

    @Test
    void mentorsArePagedByCursorNearestFreeTimeFirst() {
        long later = aMentor(telegram.user(802, "Oleh", "Bondar", "oleh", "en"), "Frontend mentor");
        slotAt(later, "2027-03-22T16:00:00Z");

        JsonNode first = data(graphQl(MENTORS, null, "first", 1)).path("mentors");
        String cursor = first.path("pageInfo").path("endCursor").asText();
        JsonNode second = data(graphQl(MENTORS, null, "first", 1, "after", cursor)).path("mentors");

        assertThat(first.path("totalCount").asInt()).isEqualTo(2);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode iryna = first.path("edges").path(0).path("node");
        assertThat(iryna.path("id").asLong()).isEqualTo(mentorId);
        assertThat(iryna.path("name").asText()).isEqualTo("Iryna Koval");
        assertThat(iryna.path("nextFree").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(iryna.path("rating").path("count").asInt()).isZero();
        assertThat(iryna.path("price").path("free").asBoolean()).isTrue();
        assertThat(second.path("edges").path(0).path("node").path("id").asLong()).isEqualTo(later);
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void aMentorsCardHasReviewsAndFreeTimes() {
        Api.Answer answer = graphQl("""
                query($id: ID!) { mentor(id: $id) {
                  name bio topics { code }
                  reviews { stars }
                  slots(from: "2027-03-20T00:00:00Z", to: "2027-03-21T00:00:00Z") { id startsAt endsAt }
                } }""", null, "id", mentorId);

        JsonNode card = data(answer).path("mentor");
        assertThat(card.path("name").asText()).isEqualTo("Iryna Koval");
        assertThat(card.path("topics").path(0).path("code").asText()).isEqualTo("programming");
        assertThat(card.path("reviews").isArray()).isTrue();
        assertThat(card.path("slots")).hasSize(2);
        assertThat(card.path("slots").path(0).path("id").asLong()).isEqualTo(slot);
        assertThat(card.path("slots").path(0).path("startsAt").asText()).isEqualTo("2027-03-20T16:00:00Z");
        assertThat(data(graphQl("{ mentor(id: 999999) { name } }", null)).path("mentor").isNull()).isTrue();
    }

    @Test
    void badArgumentsAreRefusedNamingTheField() {
        Api.Answer none = graphQl(MENTORS, null, "first", 0);
        Api.Answer badCursor = graphQl(MENTORS, null, "first", 1, "after", "nonsense");
        Api.Answer backwards = graphQl("""
                query($id: ID!) { mentor(id: $id) {
                  slots(from: "2027-03-21T00:00:00Z", to: "2027-03-20T00:00:00Z") { id } } }""", null,
                "id", mentorId);

        assertThat(firstError(none).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(firstError(none).path("extensions").path("field").asText()).isEqualTo("first");
        assertThat(firstError(none).path("extensions").path("type").asText())
                .isEqualTo("/problems/invalid-request");
        assertThat(firstError(badCursor).path("extensions").path("field").asText()).isEqualTo("after");
        assertThat(firstError(backwards).path("extensions").path("field").asText()).isEqualTo("to");
    }

    @Test
    void anInvalidDocumentIsAClassifiedValidationErrorWithoutATrace() {
        Api.Answer answer = graphQl("{ mentors { edges { node { salary } } } }", null);

        assertThat(firstError(answer).path("extensions").path("classification").asText()).isEqualTo("ValidationError");
        assertThat(answer.body().toString()).doesNotContain("at io.mentorbot", "Exception");
    }

    @Test
    void aDocumentDeeperThanTenLevelsIsRefusedBeforeItRuns() {
        Api.Answer answer = graphQl("""
                { mentors(first: 1) { edges { node { topics { mentors(first: 1) { edges { node {
                    topics { mentors(first: 1) { edges { node { name } } } } } } } } } } } }""", null);

        assertThat(data(answer).isMissingNode() || data(answer).isNull()).isTrue();
        assertThat(firstError(answer).path("message").asText()).containsIgnoringCase("depth");
    }

    @Test
    void aDocumentAskingForTooMuchIsRefusedForItsComplexity() {
        Api.Answer answer = graphQl("""
                { mentors(first: 50) { edges { node { name reviews(first: 20) { stars comment date } } } } }""",
                null);

        assertThat(data(answer).isMissingNode() || data(answer).isNull()).isTrue();
        assertThat(firstError(answer).path("message").asText()).containsIgnoringCase("complexity");
    }

    @Test
    void introspectionIsOffByDefault() {
        Api.Answer answer = graphQl("{ __schema { types { name } } }", null);

        assertThat(data(answer).path("__schema").path("types").isArray()).isFalse();
        assertThat(answer.body().path("errors").isEmpty()).isFalse();
    }

    @Test
    void graphiQlIsNotServedOutsideTheSandbox() {
        assertThat(api.get("/graphiql", null).status()).isEqualTo(404);
    }

    @Test
    void aPageOfMentorsWithNextFreeTimeAndRatingIsAFixedNumberOfStatements() {
        for (int i = 0; i < 11; i++) {
            long other = aMentor(telegram.user(810 + i, "Mentor" + i, "Test", "m" + i, "en"), "Mentor " + i);
            slotAt(other, "2027-03-2" + (i % 8 + 1) + "T10:00:00Z");
        }

        List<String> small = statementsOf(2);
        List<String> large = statementsOf(12);

        assertThat(small).isNotEmpty();
        assertThat(large).hasSameSizeAs(small);
        assertThat(large.size()).isLessThanOrEqualTo(3); // count, page, calendar connections
    }

    private List<String> statementsOf(int first) {
        CountedStatements.reset();
        Api.Answer answer = graphQl(MENTORS, null, "first", first);
        assertThat(data(answer).path("mentors").path("edges")).hasSize(first);
        return CountedStatements.seen();
    }
}
