package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChatDispatcherTest {

    @Test
    void oneChatsUpdatesRunOneAfterAnotherInArrivalOrder() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(8, 1000)) {
            List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicBoolean overlapped = new AtomicBoolean();
            for (int i = 0; i < 200; i++) {
                int n = i;
                dispatcher.submit(42, () -> {
                    if (running.incrementAndGet() > 1) {
                        overlapped.set(true);
                    }
                    seen.add(n);
                    running.decrementAndGet();
                });
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 200);
            assertThat(seen).isSorted();
            assertThat(overlapped).isFalse();
        }
    }

    @Test
    void differentChatsAreHandledInParallel() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(4, 100)) {
            CountDownLatch allStarted = new CountDownLatch(4);
            CountDownLatch release = new CountDownLatch(1);
            for (long chat = 1; chat <= 4; chat++) {
                dispatcher.submit(chat, () -> {
                    allStarted.countDown();
                    hold(release);
                });
            }

            // Four chats block at once: only possible if they run side by side.
            assertThat(allStarted.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void aFullDispatcherHasNoRoomUntilWorkFinishes() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(2, 2)) {
            CountDownLatch release = new CountDownLatch(1);
            dispatcher.submit(1, () -> hold(release));
            dispatcher.submit(2, () -> hold(release));
            assertThat(dispatcher.hasRoom()).isFalse();

            release.countDown();

            await().atMost(Duration.ofSeconds(5)).until(dispatcher::hasRoom);
        }
    }

    @Test
    void aFailingUpdateDoesNotStopTheChatsLaterUpdates() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(2, 10)) {
            CountDownLatch later = new CountDownLatch(1);
            dispatcher.submit(7, () -> {
                throw new IllegalStateException("boom");
            });
            dispatcher.submit(7, later::countDown);

            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void whileUpdatesWaitForABusyWorkerFetchingMoreWaitsUntilOneIsAboutToBeFree() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(2, 10)) {
            CountDownLatch release = new CountDownLatch(1);
            dispatcher.submit(1, () -> hold(release));
            dispatcher.submit(2, () -> hold(release));
            long start = System.nanoTime();
            dispatcher.awaitNoBacklog(Duration.ofSeconds(5)); // both workers busy, nothing waiting: fetch
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

            dispatcher.submit(3, () -> { }); // waits for a worker
            AtomicBoolean fetched = new AtomicBoolean();
            Thread poller = new Thread(() -> {
                try {
                    dispatcher.awaitNoBacklog(Duration.ofSeconds(30));
                    fetched.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            poller.start();
            poller.join(300);
            assertThat(fetched).as("fetched while an update waited for a worker").isFalse();

            release.countDown();

            await().atMost(Duration.ofSeconds(5)).untilTrue(fetched);
        }
    }

    @Test
    void aBacklogHoldsFetchingOnlyUpToTheLimit() throws Exception {
        try (ChatDispatcher dispatcher = new ChatDispatcher(1, 10)) {
            CountDownLatch release = new CountDownLatch(1);
            dispatcher.submit(1, () -> hold(release));
            dispatcher.submit(2, () -> { });
            long start = System.nanoTime();

            dispatcher.awaitNoBacklog(Duration.ofMillis(200));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(190),
                    Duration.ofSeconds(5));
            release.countDown();
        }
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
