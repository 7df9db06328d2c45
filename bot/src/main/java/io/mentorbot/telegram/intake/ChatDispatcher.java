package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats in parallel while keeping each chat's work in arrival order. Holds at most
 * {@code capacity} unfinished tasks, so the intake fetches more only when there is room. It also tells when tasks
 * wait for a worker (every worker busy and more tasks ready), so the poller can leave new updates at Telegram until a
 * worker is about to be free: they would only wait here, and fetched later they come in fewer, larger batches.
 */
final class ChatDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);

    private final ExecutorService workers;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Semaphore room;
    private final int threads;
    // Tasks handed to the workers (their chat's earlier tasks are done) and not finished: running or waiting for one.
    private final AtomicInteger ready = new AtomicInteger();
    private final Object readyFell = new Object();
    private final Executor counted;

    ChatDispatcher(int threads, int capacity) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chat-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.room = new Semaphore(capacity);
        this.threads = threads;
        this.counted = command -> {
            ready.incrementAndGet();
            try {
                workers.execute(command);
            } catch (RuntimeException e) {
                finished();
                throw e;
            }
        };
    }

    /**
     * Waits, at most {@code limit}, while tasks wait for a worker: every worker is busy and more tasks are ready to
     * run. Returns at once when a worker is idle or only running tasks are left (more work is worth fetching then).
     */
    void awaitNoBacklog(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (readyFell) {
            while (ready.get() > threads) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(readyFell, left);
            }
        }
    }

    /** Waits until at least one more task fits; returns how many fit now. */
    int awaitRoom() throws InterruptedException {
        room.acquire();
        room.release();
        return room.availablePermits();
    }

    boolean hasRoom() {
        return room.availablePermits() > 0;
    }

    /** How many more tasks fit now. */
    int room() {
        return room.availablePermits();
    }

    /** Queues a task behind the earlier tasks of the same chat. Blocks while the dispatcher is full. */
    void submit(long chatKey, Runnable task) throws InterruptedException {
        room.acquire();
        enqueue(chatKey, task);
    }

    /** Queues a task behind the earlier tasks of the same chat if it fits now; false (and nothing queued) if not. */
    boolean trySubmit(long chatKey, Runnable task) {
        if (workers.isShutdown() || !room.tryAcquire()) {
            return false;
        }
        enqueue(chatKey, task);
        return true;
    }

    private void enqueue(long chatKey, Runnable task) {
        tails.compute(chatKey, (key, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> run(task), counted);
            next.whenComplete((ok, error) -> tails.remove(key, next));
            return next;
        });
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Update handling failed", e);
        } finally {
            room.release();
            finished();
        }
    }

    private void finished() {
        if (ready.decrementAndGet() == threads) {
            synchronized (readyFell) {
                readyFell.notifyAll();
            }
        }
    }

    boolean isClosed() {
        return workers.isShutdown();
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
