package io.mentorbot.telegram;

import java.net.URI;
import java.time.Duration;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the TelegramBots client to the configured Bot API server, or to the sandbox emulator without a token. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    BotEndpoint botEndpoint(TelegramSettings settings, ObjectProvider<BotApiEmulator> emulator) {
        if (settings.sandbox()) {
            BotApiEmulator sandbox = emulator.getIfAvailable();
            if (sandbox == null) {
                throw new IllegalStateException("No TELEGRAM_BOT_TOKEN set and no sandbox Bot API available");
            }
            return new BotEndpoint(sandbox.token(), new TelegramUrl("http", "127.0.0.1", sandbox.port(), false), true);
        }
        URI uri = settings.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        BotEndpoint endpoint = new BotEndpoint(settings.token().trim(),
                new TelegramUrl(uri.getScheme(), uri.getHost(), port, false), false);
        log.info("Telegram: talking to the Bot API at {}://{}:{}", uri.getScheme(), uri.getHost(), port);
        return endpoint;
    }

    @Bean(destroyMethod = "")
    OkHttpClient telegramHttpClient(TelegramSettings settings) {
        // Long polling holds a request open for pollTimeout: the read timeout must outlast it.
        return new OkHttpClient.Builder()
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
