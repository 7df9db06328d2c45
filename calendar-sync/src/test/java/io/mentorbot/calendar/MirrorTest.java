package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Sessions become events in the mentor's calendar, follow changes, and go away when removed. */
class MirrorTest extends CalendarTestSupport {

    private static final Instant START = Instant.parse("2030-01-15T10:00:00Z");

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aConfirmedSessionBecomesAnEventWithRfc3339TimesAndTheStudentInvited() {
        long owner = connectedOwner();

        mirror.upsert(session(owner, "booking-42", "Java code review", START, "student@example.com"));
        worker.runDueTasks();

        String id = EventBody.eventId(owner, "booking-42");
        assertThat(id).matches("[0-9a-v]{5,1024}");
        JsonObject event = google.liveEvents().get(id);
        assertThat(event).as("event in Google").isNotNull();
        assertThat(event.get("summary").getAsString()).isEqualTo("Java code review");
        assertThat(event.getAsJsonObject("start").get("dateTime").getAsString()).isEqualTo("2030-01-15T10:00:00.000Z");
        assertThat(event.getAsJsonObject("end").get("dateTime").getAsString()).isEqualTo("2030-01-15T11:00:00.000Z");
        assertThat(event.getAsJsonArray("attendees").get(0).getAsJsonObject().get("email").getAsString())
                .isEqualTo("student@example.com");
        assertThat(mirror.mirrored(owner, "booking-42")).hasValueSatisfying(mirrored ->
                assertThat(mirrored.googleEventId()).isEqualTo(id));
        assertThat(published.all).contains(new CalendarEventMirrored(owner, "booking-42", id, null));
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void aChangedSessionPatchesTheEventWithItsEtag() {
        long owner = connectedOwner();
        mirror.upsert(session(owner, "booking-7", "Fitness plan", START, null));
        worker.runDueTasks();
        String id = EventBody.eventId(owner, "booking-7");
        String etag = google.liveEvents().get(id).get("etag").getAsString();

        mirror.upsert(session(owner, "booking-7", "Fitness plan (moved)", START.plus(Duration.ofHours(3)), null));
        worker.runDueTasks();

        LoggedRequest patch = lastRequestTo(FakeGoogle.EVENTS_PATH + "/" + id);
        assertThat(patch.getHeader("X-HTTP-Method-Override")).isEqualTo("PATCH");
        assertThat(patch.getHeader("If-Match")).isEqualTo(etag);
        JsonObject event = google.liveEvents().get(id);
        assertThat(event.get("summary").getAsString()).isEqualTo("Fitness plan (moved)");
        assertThat(event.getAsJsonObject("start").get("dateTime").getAsString()).isEqualTo("2030-01-15T13:00:00.000Z");
        assertThat(google.liveEvents()).hasSize(1);
    }

    @Test
    void anEventEditedInGoogleMeanwhileIsReReadAndPatched() {
        long owner = connectedOwner();
        mirror.upsert(session(owner, "booking-8", "Investing basics", START, null));
        worker.runDueTasks();
        String id = EventBody.eventId(owner, "booking-8");
        google.editInGoogle(id);

        mirror.upsert(session(owner, "booking-8", "Investing basics II", START, null));
        worker.runDueTasks();

        assertThat(google.liveEvents().get(id).get("summary").getAsString()).isEqualTo("Investing basics II");
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void aRemovedSessionDeletesTheEvent() {
        long owner = connectedOwner();
        mirror.upsert(session(owner, "booking-9", "Mock interview", START, null));
        worker.runDueTasks();

        mirror.remove(owner, "booking-9");
        worker.runDueTasks();

        assertThat(google.liveEvents()).isEmpty();
        assertThat(mirror.mirrored(owner, "booking-9")).isEmpty();
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void aMeetLinkIsRequestedAndKept() {
        long owner = connectedOwner();

        mirror.upsert(new MentorCalendarEvent(owner, "booking-10", "Online session", null, START,
                START.plus(Duration.ofHours(1)), null, true));
        worker.runDueTasks();

        LoggedRequest insert = google.server().findAll(postRequestedFor(urlPathEqualTo(FakeGoogle.EVENTS_PATH))).get(0);
        assertThat(insert.queryParameter("conferenceDataVersion").firstValue()).isEqualTo("1");
        JsonObject sent = JsonParser.parseString(insert.getBodyAsString()).getAsJsonObject();
        assertThat(sent.getAsJsonObject("conferenceData").getAsJsonObject("createRequest")
                .getAsJsonObject("conferenceSolutionKey").get("type").getAsString()).isEqualTo("hangoutsMeet");
        String link = mirror.mirrored(owner, "booking-10").orElseThrow().meetLink();
        assertThat(link).startsWith("https://meet.google.com/");
        assertThat(published.all).contains(new CalendarEventMirrored(owner, "booking-10",
                EventBody.eventId(owner, "booking-10"), link));
    }

    @Test
    void writesJoinTheCallersTransaction() {
        long owner = connectedOwner();
        TransactionTemplate booking = new TransactionTemplate(transactionManager);

        booking.executeWithoutResult(status -> {
            mirror.upsert(session(owner, "booking-11", "Rolled back", START, null));
            status.setRollbackOnly();
        });
        assertThat(pendingTasks()).isZero();

        booking.executeWithoutResult(status -> mirror.upsert(session(owner, "booking-12", "Kept", START, null)));
        assertThat(pendingTasks()).isOne();
    }

    @Test
    void aMentorWithoutACalendarGetsNothingQueued() {
        long owner = newOwner();

        mirror.upsert(session(owner, "booking-13", "Offline mentor", START, null));
        mirror.remove(owner, "booking-13");

        assertThat(pendingTasks()).isZero();
    }

    static MentorCalendarEvent session(long owner, String key, String title, Instant start, String attendee) {
        return new MentorCalendarEvent(owner, key, title, "Booked through MentorBot", start,
                start.plus(Duration.ofHours(1)), attendee, false);
    }

    private LoggedRequest lastRequestTo(String path) {
        var requests = google.server().findAll(postRequestedFor(urlPathEqualTo(path)));
        return requests.get(requests.size() - 1);
    }
}
