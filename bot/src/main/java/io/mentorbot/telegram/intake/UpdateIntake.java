package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
    private final IntakeBudget budget;
    private final SlowDownNote slowDown;
    // Made at each start: a stop closes it, and a stopped context may be started again (tests pause and resume).
    private volatile ChatDispatcher dispatcher;
    // Updates queued here and not finished: the sweep must not queue them a second time.
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    // Handled updates whose replies this instance is about to send for an instance that died.
    private final Set<Long> resending = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    UpdateIntake(UpdateInbox inbox, UpdateProcessor processor, TelegramSettings telegram, IntakeSettings settings,
                 SlowDownNote slowDown) {
        this.inbox = inbox;
        this.processor = processor;
        this.settings = settings;
        this.telegram = telegram;
        this.budget = new IntakeBudget(settings);
        this.slowDown = slowDown;
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

    /**
     * Stores updates just received, each chat's budget ({@link IntakeBudget}) applied before any takes a place in the
     * dispatcher: returns the new ones admitted, in order, for the caller to queue. The others are stored as handled
     * without being handled, and their chat is told to slow down (at most once a minute).
     */
    List<ReceivedUpdate> receive(List<ReceivedUpdate> updates) {
        Set<Long> turnedAway = new HashSet<>();
        List<ReceivedUpdate> toTell = new ArrayList<>();
        long now = System.nanoTime();
        for (ReceivedUpdate update : updates) {
            IntakeBudget.Verdict verdict = budget.admit(update.chatKey(), now);
            if (verdict != IntakeBudget.Verdict.ADMITTED) {
                turnedAway.add(update.updateId());
                if (verdict == IntakeBudget.Verdict.DROPPED_TELL) {
                    toTell.add(update);
                }
            }
        }
        List<ReceivedUpdate> fresh = inbox.recordAll(updates, turnedAway);
        if (turnedAway.isEmpty()) {
            return fresh;
        }
        List<ReceivedUpdate> admitted = new ArrayList<>(fresh.size());
        for (ReceivedUpdate update : fresh) {
            if (!turnedAway.contains(update.updateId())) {
                admitted.add(update);
            } else if (toTell.contains(update)) {
                slowDown.tell(update);
            }
        }
        log.debug("Telegram: turned away {} update(s) over their chat's budget", turnedAway.size());
        return admitted;
    }

    /** Queues a stored update behind its chat's earlier ones; blocks while the dispatcher is full. */
    void submit(long updateId, long chatKey) throws InterruptedException {
        submit(updateId, chatKey, null);
    }

    /** The same for an update just received and stored, still in hand: it is not read back from the inbox. */
    void submit(long updateId, long chatKey, ReceivedUpdate inHand) throws InterruptedException {
        if (queued.add(updateId)) {
            budget.queued(chatKey);
            try {
                dispatcher.submit(chatKey, () -> handle(updateId, chatKey, inHand));
            } catch (InterruptedException | RuntimeException e) {
                release(updateId, chatKey);
                throw e;
            }
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
        budget.queued(chatKey);
        if (!dispatcher.trySubmit(chatKey, () -> handle(updateId, chatKey, inHand))) {
            release(updateId, chatKey);
            return false;
        }
        return true;
    }

    /**
     * Queues (as room allows) the unhandled updates stored at least {@code orphanAfter} ago, and the stored replies
     * of updates whose handler died after its commit (each in its chat's order).
     */
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
            for (UpdateInbox.Pending unanswered : inbox.unanswered(Math.max(1, dispatcher.room()))) {
                if (resending.add(unanswered.updateId()) && !dispatcher.trySubmit(unanswered.chatKey(), () -> {
                    try {
                        processor.resend(unanswered.updateId());
                    } finally {
                        resending.remove(unanswered.updateId());
                    }
                })) {
                    resending.remove(unanswered.updateId());
                }
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
            release(updateId, chatKey);
        }
    }

    private void release(long updateId, long chatKey) {
        queued.remove(updateId);
        budget.finished(chatKey);
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
