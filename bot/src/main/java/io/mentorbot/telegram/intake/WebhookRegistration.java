package io.mentorbot.telegram.intake;

import java.time.Duration;

import io.mentorbot.telegram.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode: tells Telegram where to post updates (URL, secret, allowed updates, max connections) once the web
 * server is up, retrying in the background until Telegram accepts. Every instance does it with the same settings,
 * which is harmless; none removes the webhook at shutdown, since the others keep serving it.
 */
@Component
@ConditionalOnExpression("!'${mentorbot.telegram.intake.webhook-url:}'.trim().isEmpty()")
class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramClient client;
    private final IntakeSettings settings;
    private volatile boolean running;
    private Thread thread;

    WebhookRegistration(TelegramClient client, IntakeSettings settings) {
        if (settings.webhookMaxConnections() < 1 || settings.webhookMaxConnections() > 100) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_MAX_CONNECTIONS must be 1 to 100 (Telegram's limits), not "
                    + settings.webhookMaxConnections());
        }
        if (!settings.webhookUrl().startsWith("https://")) {
            log.warn("Telegram: the webhook URL is not HTTPS; the public Bot API refuses it");
        }
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::register, "telegram-set-webhook");
        thread.setDaemon(true);
        thread.start();
    }

    private void register() {
        long pause = 1000;
        while (running) {
            try {
                client.execute(SetWebhook.builder()
                        .url(settings.webhookUrl())
                        .secretToken(settings.webhookSecret())
                        .allowedUpdates(settings.allowedUpdates())
                        .maxConnections(settings.webhookMaxConnections())
                        .dropPendingUpdates(false)
                        .build());
                log.info("Telegram: webhook set (updates arrive at {}, up to {} connections)",
                        settings.webhookUrl(), settings.webhookMaxConnections());
                return;
            } catch (TelegramApiException | RuntimeException e) {
                log.warn("Telegram: setWebhook failed ({}), retrying in {}", e.getMessage(), Duration.ofMillis(pause));
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = Math.min(30_000, pause * 2);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
