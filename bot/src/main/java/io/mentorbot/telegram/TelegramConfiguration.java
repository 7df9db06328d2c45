package io.mentorbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the TelegramBots client to the configured Bot API server, or without a token to the local one (the sandbox's). */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    BotEndpoint botEndpoint(TelegramSettings settings, ObjectProvider<LocalBotApi> localBotApi) {
        if (settings.sandbox()) {
            LocalBotApi local = localBotApi.getIfAvailable();
            if (local == null) {
                throw new IllegalStateException("No TELEGRAM_BOT_TOKEN set and no sandbox Bot API available");
            }
            return new BotEndpoint(local.token(), new TelegramUrl("http", "127.0.0.1", local.port(), false), true);
        }
        URI uri = settings.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        BotEndpoint endpoint = new BotEndpoint(settings.token().trim(),
                new TelegramUrl(uri.getScheme(), uri.getHost(), port, false), false);
        log.info("Telegram: talking to the Bot API at {}://{}:{}", uri.getScheme(), uri.getHost(), port);
        return endpoint;
    }

    /** Web sign-in checks what Telegram signed for this bot, sandbox or real, with this token. */
    @Bean
    io.mentorbot.identity.BotToken botToken(BotEndpoint endpoint) {
        return endpoint::token;
    }

    @Bean(destroyMethod = "")
    OkHttpClient telegramHttpClient(TelegramSettings settings) {
        // The TelegramBots client sends every call through OkHttp's asynchronous queue and waits for it. Run those
        // calls on the caller's own thread instead: no hand-over to a dispatcher thread and back on every call. The
        // default limit of 5 calls at once per host (every call goes to one host here, and the long poll holds one)
        // would also queue the handlers' replies behind each other; the limits and the idle connections kept match
        // the threads that call the Bot API (handlers, outbox senders, the poller).
        Dispatcher callerRuns = new Dispatcher(new AbstractExecutorService() {
            @Override
            public void execute(Runnable call) {
                call.run();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return false;
            }
        });
        callerRuns.setMaxRequests(256);
        callerRuns.setMaxRequestsPerHost(256);
        // Long polling holds a request open for pollTimeout: the read timeout must outlast it.
        return new OkHttpClient.Builder()
                .dispatcher(callerRuns)
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, BotEndpoint endpoint) {
        return new OkHttpTelegramClient(telegramHttpClient, endpoint.token(), endpoint.url());
    }
}
