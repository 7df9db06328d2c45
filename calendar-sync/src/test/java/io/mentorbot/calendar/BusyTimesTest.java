package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Busy times in Google hide slots; the moment of booking asks Google again. */
class BusyTimesTest extends CalendarTestSupport {

    @Autowired
    CalendarAutoConfiguration.CalendarParts parts;
    @Autowired
    CalendarSettings settings;

    private static final Instant DAY = Instant.parse("2030-04-10T00:00:00Z");
    private static final Interval DENTIST = new Interval(DAY.plus(Duration.ofHours(9)), DAY.plus(Duration.ofHours(10)));

    @Test
    void busyTimesComeFromTheFreeBusyQueryOfThePrimaryCalendar() {
        long owner = connectedOwner();
        google.busy(DENTIST);

        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(DENTIST);

        String body = google.server().findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/freeBusy"))).get(0)
                .getBodyAsString();
        assertThat(body).contains("\"primary\"").contains("2030-04-10T00:00:00.000Z")
                .contains("2030-04-11T00:00:00.000Z");
    }

    @Test
    void busyTimesAreCachedForTheirTtl() {
        long owner = connectedOwner();
        google.busy(DENTIST);
        busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(7)));
        google.busy();

        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).as("a window inside the cached one")
                .containsExactly(DENTIST);
        assertThat(busyTimes.busy(owner, DAY.plus(Duration.ofDays(2)), DAY.plus(Duration.ofDays(3)))).isEmpty();
        assertThat(freeBusyCalls()).isOne();

        clock.advance(Duration.ofSeconds(61));
        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(freeBusyCalls()).isEqualTo(2);
    }

    @Test
    void isFreeAsksGoogleEveryTime() {
        long owner = connectedOwner();
        Instant ten = DAY.plus(Duration.ofHours(10));
        google.busy();
        busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)));

        google.busy(DENTIST);

        assertThat(busyTimes.isFree(owner, DAY.plus(Duration.ofMinutes(570)), ten)).isFalse();
        assertThat(busyTimes.isFree(owner, ten, ten.plus(Duration.ofHours(1)))).as("touching is not overlapping")
                .isTrue();
        assertThat(freeBusyCalls()).isEqualTo(3);
    }

    @Test
    void aMentorWithoutACalendarIsNeverBusy() {
        long owner = newOwner();

        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(busyTimes.isFree(owner, DAY, DAY.plus(Duration.ofHours(1)))).isTrue();
        assertThat(freeBusyCalls()).isZero();
    }

    @Test
    void aMentorWhoConnectsIsBusyAtOnceThoughTheirAbsenceWasRemembered() {
        long owner = newOwner();
        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
        google.busy(DENTIST);

        connections.complete(stateOf(connections.begin(owner)), codeFor(owner));

        assertThat(busyTimes.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(DENTIST);
    }

    @Test
    void aMentorWithoutACalendarIsLookedUpOncePerTtlNotOnEveryScreen() {
        BusyTimes thisInstance = new BusyTimes(parts.tokens(), parts.clients(), settings, clock);
        long owner = newOwner();
        thisInstance.busy(owner, DAY, DAY.plus(Duration.ofDays(30)));
        // The mentor connects through another instance (this one is not told): its screens go on without busy
        // times ...
        connections.complete(stateOf(connections.begin(owner)), codeFor(owner));
        google.busy(DENTIST);

        assertThat(thisInstance.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(freeBusyCalls()).isZero();
        // ... until the remembered absence expires; the moment of booking always asks.
        assertThat(thisInstance.isFree(owner, DENTIST.start(), DENTIST.end())).isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(thisInstance.busy(owner, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(DENTIST);
    }

    @Test
    void aPageOfMentorsRemembersWhoHasNoCalendarForTheTtl() {
        BusyTimes thisInstance = new BusyTimes(parts.tokens(), parts.clients(), settings, clock);
        long connected = connectedOwner();
        long absent = newOwner();

        assertThat(thisInstance.connectedAmong(java.util.List.of(connected, absent))).containsExactly(connected);
        // The mentor connects through another instance: this one's pages go on without them until the TTL is over.
        connections.complete(stateOf(connections.begin(absent)), codeFor(absent));
        assertThat(thisInstance.connectedAmong(java.util.List.of(connected, absent))).containsExactly(connected);
        assertThat(thisInstance.busy(absent, DAY, DAY.plus(Duration.ofDays(1)))).as("remembered alike").isEmpty();
        assertThat(freeBusyCalls()).isZero();

        clock.advance(Duration.ofSeconds(61));
        assertThat(thisInstance.connectedAmong(java.util.List.of(connected, absent)))
                .containsExactlyInAnyOrder(connected, absent);
    }

    private int freeBusyCalls() {
        return google.server().findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/freeBusy"))).size();
    }
}
