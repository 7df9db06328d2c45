package io.mentorbot.telegram.outbox;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shares the bot's one message budget at Telegram among the running instances. Each instance stamps its row in
 * {@code telegram_senders} every heartbeat (database time), counts the rows stamped within three heartbeats and takes
 * that share of the overall rate and burst. An instance that stops removes its row; one that dies stops counting
 * after three heartbeats, and until then the others are merely slower. If the database cannot be asked, the last
 * share stays.
 */
@Component
class SenderRoster implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SenderRoster.class);

    private final JdbcClient jdbc;
    private final BotGateway gateway;
    private final OutboxSettings settings;
    private final String instance = UUID.randomUUID().toString();
    private volatile ScheduledExecutorService timer;

    SenderRoster(JdbcClient jdbc, BotGateway gateway, OutboxSettings settings) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.settings = settings;
    }

    @Override
    public void start() {
        // A fresh timer on every start: Spring may stop and start the context again in one process.
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sender-roster");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beat, 0, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = timer;
        timer = null;
        if (current != null) {
            current.shutdownNow();
        }
        try {
            jdbc.sql("DELETE FROM telegram_senders WHERE instance_id = ?").param(instance).update();
        } catch (RuntimeException e) {
            log.debug("Could not sign off from telegram_senders: {}", e.getMessage());
        }
        gateway.shareOverallLimit(1);
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Stamps this instance and takes its share; runs on the timer. */
    void beat() {
        try {
            double window = settings.heartbeat().toMillis() * 3 / 1000.0;
            jdbc.sql("""
                    INSERT INTO telegram_senders (instance_id, seen_at) VALUES (?, now())
                    ON CONFLICT (instance_id) DO UPDATE SET seen_at = now()
                    """).param(instance).update();
            jdbc.sql("DELETE FROM telegram_senders WHERE seen_at < now() - make_interval(secs => ?)")
                    .param(window * 10).update(); // long gone: tidy up
            int running = jdbc.sql("""
                    SELECT count(*) FROM telegram_senders WHERE seen_at >= now() - make_interval(secs => ?)
                    """).param(window).query(Integer.class).single();
            int before = gateway.overallLimitSharedBy();
            gateway.shareOverallLimit(running);
            if (running != before) {
                log.info("Telegram: {} instance(s) running, this one sends up to {} messages/s of the bot's {}",
                        running, String.format("%.1f", settings.messagesPerSecond() / Math.max(1, running)),
                        settings.messagesPerSecond());
            }
        } catch (RuntimeException e) {
            log.warn("Telegram: could not count the running instances ({}); keeping the current share", e.getMessage());
        }
    }
}
