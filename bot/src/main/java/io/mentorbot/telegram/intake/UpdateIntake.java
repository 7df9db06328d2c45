package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.mentorbot.telegram.IntakeSettings;
import io.mentorbot.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands stored updates to the chat dispatcher, whichever way they came in (long polling or webhook), and every
 * {@code orphanAfter} sweeps the inbox for updates stored that long ago and still unhandled: their receiver died
 * before handling them, or was too busy to take them. A swept update may be handled by another instance at the same
 * moment; that is harmless, because handling claims it in the database (see {@link UpdateProcessor}).
 *
 * <p>Starts before the web server and stops after it, so a webhook call never finds the dispatcher gone.
 */
@Component
class UpdateIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final UpdateInbox inbox;
    private final UpdateProcessor processor;
    private final IntakeSettings settings;
    private final TelegramSettings telegram;
    // Made at each start: a stop closes it, and a stopped context may be started again (tests pause and resume).
    private volatile ChatDispatcher dispatcher;
    // Updates queued here and not finished: the sweep must not queue them a second time.
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    UpdateIntake(UpdateInbox inbox, UpdateProcessor processor, TelegramSettings telegram, IntakeSettings settings) {
        this.inbox = inbox;
        this.processor = processor;
        this.settings = settings;
        this.telegram = telegram;
        this.dispatcher = new ChatDispatcher(telegram.handlerThreads(), telegram.maxInFlight());
    }

    /** Waits until at least one more update fits; returns how many fit now. */
    int awaitRoom() throws InterruptedException {
        return dispatcher.awaitRoom();
    }

    /** Waits (at most {@code limit}) while queued updates wait for a busy handler: see {@link ChatDispatcher}. */
    void awaitNoBacklog(Duration limit) throws InterruptedException {
        dispatcher.awaitNoBacklog(limit);
    }

    /** Queues a stored update behind its chat's earlier ones; blocks while the dispatcher is full. */
    void submit(long updateId, long chatKey) throws InterruptedException {
        submit(updateId, chatKey, null);
    }

    /** The same for an update just received and stored, still in hand: it is not read back from the inbox. */
    void submit(long updateId, long chatKey, ReceivedUpdate inHand) throws InterruptedException {
        if (queued.add(updateId)) {
            dispatcher.submit(chatKey, () -> handle(updateId, chatKey, inHand));
        }
    }

    /** Queues a stored update if there is room now; otherwise leaves it to the sweep. Never blocks. */
    boolean offer(long updateId, long chatKey) {
        return offer(updateId, chatKey, null);
    }

    /** The same for an update just received and stored, still in hand. */
    boolean offer(long updateId, long chatKey, ReceivedUpdate inHand) {
        if (!running || !queued.add(updateId)) {
            return false;
        }
        if (!dispatcher.trySubmit(chatKey, () -> handle(updateId, chatKey, inHand))) {
            queued.remove(updateId);
            return false;
        }
        return true;
    }

    /** Queues (as room allows) the unhandled updates stored at least {@code orphanAfter} ago. */
    void sweep() {
        try {
            int room = dispatcher.room();
            if (room == 0) {
                return;
            }
            List<UpdateInbox.Pending> orphans = inbox.orphans(settings.orphanAfter(), room + queued.size());
            int taken = 0;
            for (UpdateInbox.Pending orphan : orphans) {
                if (!queued.contains(orphan.updateId()) && offer(orphan.updateId(), orphan.chatKey())) {
                    taken++;
                }
            }
            if (taken > 0) {
                log.info("Telegram: picked up {} update(s) stored earlier and not handled yet", taken);
            }
        } catch (RuntimeException e) {
            log.warn("Telegram: inbox sweep failed ({}); trying again later", e.getMessage());
        }
    }

    /**
     * Forgets updates handled longer ago than {@code keepHandled}: the inbox keeps what users wrote only as long as it
     * is needed to recognise a delivery Telegram repeats. Every instance may do it; the deletes do not conflict.
     */
    void forgetHandled() {
        try {
            int forgotten = inbox.forgetHandledBefore(settings.keepHandled());
            if (forgotten > 0) {
                log.info("Telegram: forgot {} update(s) handled more than {} ago", forgotten, settings.keepHandled());
            }
        } catch (RuntimeException e) {
            log.warn("Telegram: could not forget old updates ({}); trying again later", e.getMessage());
        }
    }

    private void handle(long updateId, long chatKey, ReceivedUpdate inHand) {
        try {
            processor.process(updateId, chatKey, inHand);
        } finally {
            queued.remove(updateId);
        }
    }

    @Override
    public void start() {
        if (dispatcher.isClosed()) {
            queued.clear();
            dispatcher = new ChatDispatcher(telegram.handlerThreads(), telegram.maxInFlight());
        }
        running = true;
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-inbox-sweep");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, settings.orphanAfter().toMillis());
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::forgetHandled, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        running = false;
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        dispatcher.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096; // the web server's lifecycle runs at DEFAULT_PHASE - 2048
    }
}
