package io.mentorbot.web.mentor;

import java.time.Duration;
import java.util.Map;

import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/v1/me/clients and POST /api/v1/sessions/{id}/outcome: as /clients and "did it take place?". */
class MentorSessionsApiTest extends MentorApiTest {

    private long mentor;
    private long student;
    private String token;

    @BeforeEach
    void aMentorWithAStudent() {
        mentor = mentor(631, "Iryna", "UTC");
        student = student(632, "Petro");
        token = signIn(631);
    }

    @Test
    void theMentorSeesTheirClientsWithTheirSessions() {
        booking(slot(mentor, -48, "BOOKED"), student, "COMPLETED");
        booking(slot(mentor, 24, "BOOKED"), student, "CONFIRMED");
        long stranger = student(633, "Olha");
        booking(slot(mentor(634, "Oleh", "UTC"), 24, "BOOKED"), stranger, "CONFIRMED");

        Answer answer = api.get("/api/v1/me/clients", token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("total").asInt()).isOne();
        assertThat(answer.body().path("items").get(0).path("studentId").asLong()).isEqualTo(student);
        assertThat(answer.body().path("items").get(0).path("name").asText()).isEqualTo("Petro");
        assertThat(answer.body().path("items").get(0).path("sessions").asInt()).isEqualTo(2);
        assertThat(answer.body().path("items").get(0).path("lastSession").asText()).endsWith("Z");
    }

    @Test
    void aPastSessionIsMarkedCompletedOnceAndTheStudentIsAskedForAReview() {
        long booking = booking(slot(mentor, -3, "BOOKED"), student, "CONFIRMED");

        Answer done = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "completed"), token);
        Answer again = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "no_show"), token);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("status")).isEqualTo("completed");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/outcome-already-recorded");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'COMPLETED'", booking)).isOne();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM telegram_outbox WHERE chat_id = 632") > 0);
    }

    @Test
    void aNoShowIsRecorded() {
        long booking = booking(slot(mentor, -3, "BOOKED"), student, "CONFIRMED");

        Answer answer = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "no_show"), token);

        assertThat(answer.text("status")).isEqualTo("no_show");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'NO_SHOW'", booking)).isOne();
    }

    @Test
    void aSessionStillToComeCannotBeMarked() {
        long booking = booking(slot(mentor, 5, "BOOKED"), student, "CONFIRMED");

        Answer answer = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "completed"), token);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.text("type")).isEqualTo("/problems/session-not-ended");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CONFIRMED'", booking)).isOne();
    }

    @Test
    void anotherMentorsSessionIsNotFoundAndStaysAsItWas() {
        long booking = booking(slot(mentor(635, "Oleh", "UTC"), -3, "BOOKED"), student, "CONFIRMED");

        Answer answer = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "completed"), token);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("type")).isEqualTo("/problems/not-found");
        assertThat(post("/api/v1/sessions/999999/outcome", Map.of("outcome", "completed"), token).status())
                .isEqualTo(404);
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CONFIRMED'", booking)).isOne();
    }

    @Test
    void anUnknownOutcomeNamesTheField() {
        long booking = booking(slot(mentor, -3, "BOOKED"), student, "CONFIRMED");

        Answer answer = post("/api/v1/sessions/" + booking + "/outcome", Map.of("outcome", "maybe"), token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("outcome");
        assertThat(count("SELECT count(*) FROM bookings WHERE id = ? AND status = 'CONFIRMED'", booking)).isOne();
    }
}
