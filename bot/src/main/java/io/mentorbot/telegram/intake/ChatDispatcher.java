package io.mentorbot.telegram.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats in parallel while keeping each chat's work in arrival order. Holds at most
 * {@code capacity} unfinished tasks, so the intake fetches more only when there is room.
 */
final class ChatDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);

    private final ExecutorService workers;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Semaphore room;

    ChatDispatcher(int threads, int capacity) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chat-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.room = new Semaphore(capacity);
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
            CompletableFuture<Void> next = previous.thenRunAsync(() -> run(task), workers);
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
