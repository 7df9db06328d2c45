package io.mentorbot.sandbox.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Posts pending updates to the webhook set with setWebhook, as Telegram does: JSON body, the secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}, up to max_connections requests at once but one chat's updates one after
 * another, and an update that is not answered 2xx is posted again after a pause. Opt-in (see
 * {@link BotApiEmulator#deliverToWebhook()}), because it allows plain-HTTP webhook URLs.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long RETRY_MILLIS = 300;

    private final EmulatorState state;
    private final HttpClient http;
    private final ExecutorService posters;
    private final Thread loop;
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;

    WebhookDelivery(EmulatorState state) {
        this.state = state;
        this.posters = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "bot-api-webhook-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().executor(posters).connectTimeout(Duration.ofSeconds(5)).build();
        this.loop = new Thread(this::run, "bot-api-webhook-delivery");
        loop.setDaemon(true);
        loop.start();
    }

    /** Posts that were refused, failed or timed out (each is retried). */
    long failures() {
        return failures.get();
    }

    private void run() {
        while (running) {
            try {
                UpdateQueue.Entry entry = state.updates.nextForWebhook(500);
                if (entry != null) {
                    posters.execute(() -> post(entry));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // keep delivering; a single odd update must not stop the stream
            }
        }
    }

    private void post(UpdateQueue.Entry entry) {
        boolean ok = false;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(state.updates.webhookUrl()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(state.mapper.writeValueAsBytes(entry.update)));
            String secret = state.updates.webhookSecret();
            if (secret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            ok = status >= 200 && status < 300;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            ok = false;
        } catch (IOException e) {
            ok = false; // connection refused or reset: the bot is down; Telegram keeps the update and retries
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (ok) {
                state.updates.posted(entry);
            } else {
                failures.incrementAndGet();
                state.updates.postFailed(entry, RETRY_MILLIS);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        posters.shutdownNow();
    }
}
