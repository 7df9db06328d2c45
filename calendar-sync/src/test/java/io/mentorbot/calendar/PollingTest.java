package io.mentorbot.calendar;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.mentorbot.calendar.MirrorTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With a poll interval the worker needs no one to call it. */
class PollingTest extends CalendarTestSupport {

    @Autowired
    CalendarAutoConfiguration.CalendarParts parts;

    @Test
    void theBackgroundWorkerAppliesQueuedWritesByItself() {
        SyncWorker background = new SyncWorker(parts.queue(), parts.runner(), clock, Duration.ofMillis(50),
                Duration.ofMinutes(5));
        long owner = connectedOwner();

        background.start();
        try {
            assertThat(background.isRunning()).isTrue();
            mirror.upsert(session(owner, "booking-1", "Polled", Instant.parse("2030-05-01T10:00:00Z"), null));
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingTasks() == 0);
        } finally {
            background.stop();
        }

        assertThat(background.isRunning()).isFalse();
        assertThat(google.liveEvents()).containsKey(EventBody.eventId(owner, "booking-1"));
    }
}
