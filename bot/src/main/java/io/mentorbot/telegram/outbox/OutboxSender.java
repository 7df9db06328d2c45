package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Delivers outbox rows: woken after each commit that wrote some, at start and every poll interval (leftovers of a
 * stopped instance, retries that became due). Up to {@code senderThreads} rows are in flight, each the oldest
 * pending row of its chat, so one chat's messages keep their order while many chats are served at once.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final OutboxStore store;
    private final BotGateway gateway;
    private final OutboxSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final String instance = UUID.randomUUID().toString();
    private final Semaphore free;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;
    private Instant purgedAt = Instant.EPOCH;
    /**
     * Some row may wait for a later time: this instance gave one back with a delay, or it has just started (a stopped
     * instance may have left some). Only then does the loop ask when the next is due; rows another running instance
     * delays are that instance's to wake for, and the poll interval catches them otherwise.
     */
    private volatile boolean delayedRows = true;
    /** The loop found no room for another row in flight: the next row done must wake it. */
    private volatile boolean waitingForRoom;
    /** Claims started so far: a delivery that overlapped one wakes the loop (see {@link #deliver}). */
    private final AtomicLong claims = new AtomicLong();

    OutboxSender(OutboxStore store, BotGateway gateway, OutboxSettings settings) {
        this.store = store;
        this.gateway = gateway;
        this.settings = settings;
        this.free = new Semaphore(settings.senderThreads());
    }

    /** Something was committed to the outbox: look now rather than at the next poll. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        workers = Executors.newFixedThreadPool(settings.senderThreads(), task -> {
            Thread thread = new Thread(task, "outbox-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        loop = new Thread(this::run, "outbox-claim");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        workers.shutdownNow(); // a message waiting for the limiter gives its row back
        try {
            loop.join(5_000);
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // stops before the database and the HTTP client go
    }

    private void run() {
        while (running) {
            Duration idle = settings.pollInterval();
            try {
                int room = free.availablePermits();
                if (room == 0) {
                    waitingForRoom = true;
                    if (free.availablePermits() > 0) {
                        continue; // a row was done before the flag was up: nobody wakes us for it
                    }
                }
                if (room > 0) {
                    claims.incrementAndGet();
                    List<OutboxStore.Row> rows = store.claim(room, instance, settings.claimLease());
                    rows.forEach(this::dispatch);
                    if (rows.size() == room) {
                        continue; // more may be waiting
                    }
                    if (delayedRows) {
                        delayedRows = false; // before asking: a row delayed meanwhile sets it again
                        Optional<Duration> due;
                        try {
                            due = store.nextDueIn();
                        } catch (RuntimeException e) {
                            delayedRows = true; // ask again next time
                            throw e;
                        }
                        if (due.isPresent()) {
                            delayedRows = true;
                        }
                        idle = due.filter(d -> d.compareTo(settings.pollInterval()) < 0).orElse(idle);
                    }
                }
                purgeNowAndThen();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Outbox: could not claim messages, trying again soon", e);
                }
            }
            await(idle);
        }
    }

    private void dispatch(OutboxStore.Row row) {
        try {
            free.acquire();
            workers.execute(() -> {
                boolean wake = true;
                try {
                    wake = deliver(row);
                } finally {
                    free.release();
                    if (wake || waitingForRoom) {
                        waitingForRoom = false;
                        wake();
                    }
                }
            });
        } catch (InterruptedException | RuntimeException e) {
            free.release();
            giveBack(row, Duration.ZERO, false, null); // stopping: leave it to the next start
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Delivers the row, or gives it back; returns whether the claim loop should look again now. After a plain
     * delivery it need not: each commit that adds a row wakes it anyway, and the rows this one held back (its chat's
     * next, claimable only now) are looked for only when the chat has one, or when a claim ran meanwhile and may
     * have passed one over. Saves a claim that finds nothing after each message.
     */
    private boolean deliver(OutboxStore.Row row) {
        try {
            Duration chatWait = gateway.chatWait(row.chatId());
            if (!chatWait.isZero()) {
                giveBack(row, chatWait, false, null); // that chat had enough for now; others go first
                return true;
            }
            Outcome outcome = switch (row.method()) {
                case OutboxDocument.METHOD -> gateway.deliver(json.readValue(row.payload(), OutboxDocument.class).call());
                case OutboxMenu.METHOD -> gateway.deliver(row.chatId(), json.readValue(row.payload(), OutboxMenu.class).call());
                default -> gateway.deliver(json.readValue(row.payload(), SendMessage.class));
            };
            if (outcome.kind() == Outcome.Kind.SENT) {
                long claimsBefore = claims.get();
                boolean chatHasMore = store.sent(row, instance);
                return chatHasMore || claims.get() != claimsBefore;
            }
            record(row, outcome);
        } catch (InterruptedException e) {
            giveBack(row, Duration.ZERO, false, null);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Outbox: message {} could not be handled", row.id(), e);
            giveBack(row, backoff(row.attempts()), true, e.toString());
        }
        return true;
    }

    private void record(OutboxStore.Row row, Outcome outcome) {
        switch (outcome.kind()) {
            case SENT -> store.sent(row, instance);
            case RETRY_AFTER -> giveBack(row, outcome.retryAfter(), false, outcome.detail());
            case TRANSIENT -> {
                if (row.attempts() >= settings.maxAttempts()) {
                    log.warn("Outbox: gave up message {} to chat {} after {} attempts: {}", row.id(), row.chatId(),
                            row.attempts(), outcome.detail());
                    store.drop(row, outcome.detail());
                } else {
                    giveBack(row, backoff(row.attempts()), true, outcome.detail());
                }
            }
            case UNREACHABLE -> store.dropChat(row.chatId(), outcome.detail());
            case REJECTED -> store.drop(row, outcome.detail());
        }
    }

    /** Gives the row back to be tried after {@code wait}; {@code counts} false when the attempt did not happen. */
    private void giveBack(OutboxStore.Row row, Duration wait, boolean counts, String error) {
        store.retry(row, instance, wait, counts, error);
        if (!wait.isZero()) {
            delayedRows = true; // after the commit, so the loop's next look finds the row
        }
    }

    /** 1 s, 2 s, 4 s ... up to five minutes. */
    private static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(Math.max(attempts - 1, 0), 9));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void purgeNowAndThen() {
        Instant now = Instant.now();
        if (now.isAfter(purgedAt.plus(PURGE_EVERY))) {
            purgedAt = now;
            store.forgetSentBefore(settings.keepSent());
        }
    }

    private void await(Duration idle) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, idle.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }
}
