package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.List;

import io.mentorbot.telegram.BotEndpoint;
import io.mentorbot.telegram.IntakeSettings;
import io.mentorbot.telegram.TelegramSettings;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling with the TelegramBots client: fetch a batch, store it in the inbox, only then move the offset
 * (which confirms the batch to Telegram), then hand each new update to its chat's queue. Fetches only when the
 * dispatcher has room, so a slow moment never grows an unbounded queue; and, while every handler is busy and more
 * updates wait for one, not until a handler is about to be free (up to a second): under load the updates then come
 * in fewer, larger batches (each batch costs one getUpdates call and one insert), and they would only have waited
 * here instead. Updates stored but not handled when the process stopped are handled first on the next start. Not
 * started in webhook mode.
 */
@Component
@ConditionalOnExpression("'${mentorbot.telegram.intake.webhook-url:}'.trim().isEmpty()")
class UpdatePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final int MAX_BATCH = 100;
    // The longest the poller leaves updates at Telegram while every handler is busy and more updates wait for one.
    private static final Duration BACKLOG_WAIT = Duration.ofSeconds(1);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final UpdateInbox inbox;
    private final UpdateIntake intake;
    private final TelegramSettings settings;
    private final IntakeSettings intakeSettings;
    private final BotEndpoint endpoint;
    private volatile boolean running;
    private Thread thread;

    UpdatePoller(TelegramClient client, OkHttpClient telegramHttpClient, UpdateInbox inbox, UpdateIntake intake,
                 TelegramSettings settings, IntakeSettings intakeSettings, BotEndpoint endpoint) {
        this.client = client;
        this.http = telegramHttpClient;
        this.inbox = inbox;
        this.intake = intake;
        this.settings = settings;
        this.intakeSettings = intakeSettings;
        this.endpoint = endpoint;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "telegram-poller");
        thread.setDaemon(true);
        thread.start();
        log.info("Telegram: long polling started ({})", endpoint);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            http.dispatcher().cancelAll(); // ends a long-poll request in flight
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Backoff backoff = new Backoff();
        long offset = -1;
        try {
            while (running) {
                try {
                    if (offset < 0) {
                        offset = resume();
                    }
                    intake.awaitNoBacklog(BACKLOG_WAIT);
                    int room = intake.awaitRoom();
                    offset = pollOnce(offset, Math.max(1, Math.min(MAX_BATCH, room)));
                    backoff.reset();
                } catch (TelegramApiException | RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    log.warn("Telegram: polling failed ({}), retrying in {}", e.getMessage(), backoff.peek());
                    backoff.sleep();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the updates left unhandled by the last run to their chats; returns the offset to poll from. */
    private long resume() throws InterruptedException {
        clearWebhook();
        List<UpdateInbox.Pending> pending = inbox.pending();
        for (UpdateInbox.Pending update : pending) {
            intake.submit(update.updateId(), update.chatKey());
        }
        if (!pending.isEmpty()) {
            log.info("Telegram: resuming {} update(s) received but not handled before the last stop", pending.size());
        }
        return inbox.nextOffset();
    }

    private long pollOnce(long offset, int limit) throws TelegramApiException, InterruptedException {
        List<ReceivedUpdate> updates = client.execute(new PolledUpdates(GetUpdates.builder()
                .offset((int) offset)
                .limit(limit)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(intakeSettings.allowedUpdates())
                .build()));
        long next = offset;
        for (ReceivedUpdate update : intake.receive(updates)) {
            intake.submit(update.updateId(), update.chatKey(), update);
        }
        for (ReceivedUpdate update : updates) {
            next = Math.max(next, update.updateId() + 1L);
        }
        return next;
    }

    private void clearWebhook() throws InterruptedException {
        // A webhook left over from another deployment would make getUpdates fail with 409.
        try {
            client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (TelegramApiException e) {
            log.warn("Telegram: deleteWebhook failed ({}); polling anyway", e.getMessage());
        }
    }

    /** Exponential pause between failed polls: 1 s doubling up to 30 s. */
    private static final class Backoff {
        private long millis = 1000;

        Duration peek() {
            return Duration.ofMillis(millis);
        }

        void sleep() throws InterruptedException {
            Thread.sleep(millis);
            millis = Math.min(30_000, millis * 2);
        }

        void reset() {
            millis = 1000;
        }
    }
}
