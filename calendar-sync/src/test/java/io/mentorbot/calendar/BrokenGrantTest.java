package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static io.mentorbot.calendar.MirrorTest.session;
import static org.assertj.core.api.Assertions.assertThat;

/** The mentor revokes access in Google: the connection breaks at once, the bot hears of it, nothing is lost. */
class BrokenGrantTest extends CalendarTestSupport {

    private static final Instant START = Instant.parse("2030-03-01T12:00:00Z");

    @Test
    void invalidGrantMarksTheConnectionBrokenAndTellsTheBot() {
        long owner = connectedOwner();
        google.revokeGrant(FakeGoogle.refreshTokenFor(codeFor(owner)));
        clock.advance(Duration.ofHours(2)); // the access token from the consent has expired

        mirror.upsert(session(owner, "booking-1", "After revocation", START, null));
        worker.runDueTasks();

        assertThat(connections.status(owner)).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(ConnectionStatus.State.BROKEN));
        assertThat(published.all).containsExactly(new CalendarConnectionBroken(owner));
        assertThat(pendingTasks()).as("the write waits for a new consent").isOne();

        clock.advance(Duration.ofHours(1));
        worker.runDueTasks();
        assertThat(published.all).as("told once").hasSize(1);
        assertThat(google.liveEvents()).isEmpty();
    }

    @Test
    void reconnectingResumesTheWritesThatWaited() {
        long owner = connectedOwner();
        google.revokeGrant(FakeGoogle.refreshTokenFor(codeFor(owner)));
        clock.advance(Duration.ofHours(2));
        mirror.upsert(session(owner, "booking-2", "Waited", START, null));
        worker.runDueTasks();

        connections.complete(stateOf(connections.begin(owner)), "code-again-" + owner);
        worker.runDueTasks();

        assertThat(connections.status(owner)).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(ConnectionStatus.State.CONNECTED));
        assertThat(google.liveEvents()).containsKey(EventBody.eventId(owner, "booking-2"));
        assertThat(pendingTasks()).isZero();
    }

    @Test
    void busyTimesOfABrokenConnectionAreEmpty() {
        long owner = connectedOwner();
        google.busy(new Interval(START, START.plus(Duration.ofHours(1))));
        google.revokeGrant(FakeGoogle.refreshTokenFor(codeFor(owner)));
        clock.advance(Duration.ofHours(2));

        assertThat(busyTimes.busy(owner, START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(published.all).containsExactly(new CalendarConnectionBroken(owner));
    }
}
