package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mentorbot.telegram.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records that updates' replies are out, a batch per statement: one thread writes whatever has come since its last
 * write; while updates keep coming (the last write was less than {@link #BUSY} ago) it gathers them for up to
 * {@link #GATHER} first, so under load many updates share a round trip (and PostgreSQL's planning of it) instead of
 * each costing one, and alone an update is written at once. A chat's next
 * update handled on another instance waits for this record (see {@link UpdateInbox#lockAndClaimOldest}); on this
 * instance nothing waits for it.
 */
@Component
class AnsweredMarks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnsweredMarks.class);
    private static final int MAX_BATCH = 1000;
    static final Duration BUSY = Duration.ofMillis(50);
    static final Duration GATHER = Duration.ofMillis(10);

    private final UpdateInbox inbox;
    private final Outbox outbox;
    private final LinkedBlockingQueue<Long> answered = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    AnsweredMarks(UpdateInbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** The replies to this handled update are out (or were given up on). */
    void add(long updateId) {
        answered.add(updateId);
    }

    private void loop() {
        List<Long> batch = new ArrayList<>();
        long lastWrite = System.nanoTime() - BUSY.toNanos();
        while (running || !answered.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Long first = answered.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    if (System.nanoTime() - lastWrite < BUSY.toNanos()) {
                        gather(batch);
                    }
                }
                answered.drainTo(batch, MAX_BATCH - batch.size());
                if (inbox.answered(batch)) {
                    outbox.wake(); // messages to these chats waited for the replies
                }
                lastWrite = System.nanoTime();
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (!running) {
                    answered.drainTo(batch);
                    write(batch);
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("Telegram: could not record {} update(s) as answered ({}); trying again", batch.size(),
                        e.getMessage());
                pause();
            }
        }
    }

    /** Adds what comes within {@link #GATHER}. */
    private void gather(List<Long> batch) throws InterruptedException {
        long until = System.nanoTime() + GATHER.toNanos();
        long left;
        while (batch.size() < MAX_BATCH && (left = until - System.nanoTime()) > 0) {
            Long next = answered.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void write(List<Long> batch) {
        if (!batch.isEmpty()) {
            try {
                inbox.answered(batch);
            } catch (RuntimeException e) {
                log.warn("Telegram: could not record {} update(s) as answered at stop ({})", batch.size(),
                        e.getMessage());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::loop, "telegram-answered");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 8192; // started before the intake (DEFAULT_PHASE - 4096) and stopped after it
    }
}
