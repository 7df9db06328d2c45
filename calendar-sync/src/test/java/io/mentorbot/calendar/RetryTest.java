package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.mentorbot.calendar.MirrorTest.session;
import static org.assertj.core.api.Assertions.assertThat;

/** Google fails in all the usual ways; every session still ends up right in the calendar, exactly once. */
class RetryTest extends CalendarTestSupport {

    private static final Instant START = Instant.parse("2030-02-01T09:00:00Z");

    @Test
    void aRetryAfterALostAnswerMakesNoDuplicate() {
        long owner = connectedOwner();
        google.loseNextInsertAnswer();
        mirror.upsert(session(owner, "booking-1", "Lost answer", START, null));

        worker.runDueTasks();
        assertThat(pendingTasks()).as("the task survives the lost answer").isOne();
        clock.advance(Duration.ofMinutes(1));
        worker.runDueTasks();

        assertThat(google.server().findAll(postRequestedFor(urlPathEqualTo(FakeGoogle.EVENTS_PATH)))).hasSize(2);
        assertThat(google.liveEvents()).hasSize(1);
        assertThat(mirror.mirrored(owner, "booking-1")).isPresent();
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void aStormOfRateLimitsEndsWithEveryEventRight() {
        long owner = connectedOwner();
        for (int i = 0; i < 5; i++) {
            mirror.upsert(session(owner, "booking-" + i, "Session " + i, START.plus(Duration.ofHours(i)), null));
        }
        google.failCalendar(7, 429, "rateLimitExceeded");

        worker.runDueTasks();
        assertThat(pendingTasks()).isEqualTo(5);
        google.failCalendar(3, 403, "userRateLimitExceeded");
        drainQueue();

        assertThat(google.liveEvents()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(google.liveEvents().get(EventBody.eventId(owner, "booking-" + i)).get("summary").getAsString())
                    .isEqualTo("Session " + i);
        }
    }

    @Test
    void anHourLongOutageLosesNothingAndBacksOffUpToTheCap() {
        long owner = connectedOwner();
        mirror.upsert(session(owner, "booking-1", "During the outage", START, null));
        google.outage();

        Instant outageEnds = clock.instant().plus(Duration.ofHours(1));
        while (clock.instant().isBefore(outageEnds)) {
            worker.runDueTasks();
            Instant due = dueAt();
            assertThat(Duration.between(clock.instant(), due)).isLessThanOrEqualTo(Duration.ofMinutes(10));
            clock.advance(Duration.between(clock.instant(), due));
        }
        assertThat(pendingTasks()).isOne();
        assertThat(attempts()).isBetween(7, 20);
        google.recover();
        worker.runDueTasks();
        assertThat(pendingTasks()).isZero();
        clock.advance(Duration.ofMinutes(10));
        worker.runDueTasks();

        assertThat(pendingTasks()).isZero();
        assertThat(google.liveEvents()).hasSize(1);
    }

    @Test
    void aDeleteNeverOvertakesItsCreate() {
        long owner = connectedOwner();
        mirror.upsert(session(owner, "booking-1", "First", START, null));
        worker.runDueTasks();
        google.outage();

        mirror.upsert(session(owner, "booking-1", "Moved", START.plus(Duration.ofDays(1)), null));
        worker.runDueTasks();
        google.recover();

        mirror.remove(owner, "booking-1");
        worker.runDueTasks();
        assertThat(google.liveEvents()).as("the delete waits behind the move in backoff").hasSize(1);
        drainQueue();

        assertThat(google.liveEvents()).isEmpty();
        assertThat(pendingTasks()).isZero();
        assertThat(google.server().findAll(deleteRequestedFor(urlPathEqualTo(FakeGoogle.EVENTS_PATH + "/"
                + EventBody.eventId(owner, "booking-1"))))).isNotEmpty();
    }

    @Test
    void aCreateAndDeleteQueuedDuringAnOutageEndDeleted() {
        long owner = connectedOwner();
        google.outage();
        mirror.upsert(session(owner, "booking-2", "Short-lived", START, null));
        worker.runDueTasks();
        mirror.remove(owner, "booking-2");
        worker.runDueTasks();

        google.recover();
        drainQueue();

        assertThat(google.liveEvents()).isEmpty();
        assertThat(mirror.mirrored(owner, "booking-2")).isEmpty();
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void aRequestGoogleRefusesIsKeptAndReplacedByTheNextVersionOfTheEvent() {
        long owner = connectedOwner();
        google.failCalendar(1, 400, "invalid");
        mirror.upsert(session(owner, "booking-3", "Refused", START, null));

        worker.runDueTasks();
        assertThat(pendingTasks()).as("kept, not dropped").isOne();
        assertThat(Duration.between(clock.instant(), dueAt())).as("retried at the slowest pace")
                .isEqualTo(Duration.ofMinutes(10));

        mirror.upsert(session(owner, "booking-3", "Fixed", START, null));
        drainQueue();

        assertThat(google.liveEvents().get(EventBody.eventId(owner, "booking-3")).get("summary").getAsString())
                .isEqualTo("Fixed");
        assertThat(google.server().findAll(postRequestedFor(urlPathEqualTo(FakeGoogle.EVENTS_PATH)))).hasSize(2);
    }

    private Instant dueAt() {
        return jdbc.sql("SELECT due_at FROM calendar_sync_tasks").query(OffsetDateTime.class).single().toInstant();
    }

    private int attempts() {
        return jdbc.sql("SELECT attempts FROM calendar_sync_tasks").query(Integer.class).single();
    }
}
