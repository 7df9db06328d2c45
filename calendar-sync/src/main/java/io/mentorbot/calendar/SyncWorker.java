package io.mentorbot.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Applies queued calendar writes to Google. Runs by itself every {@code mentorbot.calendar.poll-interval} while the
 * application runs; {@link #runDueTasks()} runs one pass on demand. Safe with several instances sharing the database:
 * tasks are claimed with row locks and leases, one event key at a time, oldest first.
 */
public class SyncWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    private static final int BATCH = 20;
    /** Bounds one pass, so a pass always ends (the next one continues). */
    private static final int MAX_PER_PASS = 500;

    private final TaskQueue queue;
    private final TaskRunner runner;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration lease;
    private volatile ScheduledExecutorService poller;

    SyncWorker(TaskQueue queue, TaskRunner runner, Clock clock, Duration pollInterval, Duration lease) {
        this.queue = queue;
        this.runner = runner;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.lease = lease;
    }

    /**
     * Executes every task that is due now, in order per event key. Transient failures are rescheduled with backoff;
     * nothing is dropped.
     *
     * @return how many tasks were attempted (done, found obsolete, or rescheduled)
     */
    public int runDueTasks() {
        int attempted = 0;
        List<SyncTask> batch;
        do {
            Instant now = clock.instant();
            batch = queue.claim(now, now.plus(lease), BATCH);
            batch.forEach(runner::run);
            attempted += batch.size();
        } while (!batch.isEmpty() && attempted < MAX_PER_PASS);
        return attempted;
    }

    /** Starts the background poll, unless the poll interval is zero or negative. */
    @Override
    public synchronized void start() {
        if (pollInterval.isZero() || pollInterval.isNegative() || poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "calendar-sync");
            thread.setDaemon(true);
            return thread;
        });
        long millis = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::pollOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        try {
            runDueTasks();
        } catch (RuntimeException e) {
            // The database may be away for a moment; an escaping exception would silently end the schedule.
            log.warn("Calendar sync pass failed, next pass in {}", pollInterval, e);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = poller;
        poller = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
