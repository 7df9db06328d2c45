package io.mentorbot.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The floor: the least a bot on the same library can do per update. One thread long-polls getUpdates with the
 * TelegramBots client; a pool of as many threads as the real bot's handlers sends each text back with SendMessage.
 * No database, no inbox, no dialog.
 */
final class EchoBot implements AutoCloseable {

    private final OkHttpClient http;
    private final TelegramClient client;
    private final ExecutorService senders;
    private final Thread poller;
    private volatile boolean running = true;

    EchoBot(int port, String token, int threads) {
        this.http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
        this.client = new OkHttpTelegramClient(http, token, new TelegramUrl("http", "127.0.0.1", port, false));
        this.senders = Executors.newFixedThreadPool(threads);
        this.poller = new Thread(this::poll, "echo-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        int offset = 0;
        while (running) {
            try {
                List<Update> updates = client.execute(GetUpdates.builder().offset(offset).limit(100).timeout(2).build());
                for (Update update : updates) {
                    offset = Math.max(offset, update.getUpdateId() + 1);
                    if (update.hasMessage() && update.getMessage().hasText()) {
                        senders.execute(() -> echo(update));
                    }
                }
            } catch (TelegramApiException e) {
                if (running) {
                    System.err.println("echo bot: getUpdates failed: " + e.getMessage());
                }
            }
        }
    }

    private void echo(Update update) {
        try {
            client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                    .text(update.getMessage().getText()).build());
        } catch (TelegramApiException e) {
            System.err.println("echo bot: sendMessage failed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        http.dispatcher().cancelAll();
        poller.join(5000);
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }
}
