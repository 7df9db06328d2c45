package io.mentorbot.telegram.outbox;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one door for outgoing Bot API calls. Everything the bot says passes here, so rate limiting,
 * retries and delivery bookkeeping have a single place to live.
 */
@Component
public class BotGateway {

    private static final Logger log = LoggerFactory.getLogger(BotGateway.class);
    private static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(5);

    private final TelegramClient client;

    BotGateway(TelegramClient client) {
        this.client = client;
    }

    /** Executes a call; a failure is logged and answered with empty, never thrown at the caller. */
    public <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        return attempt(method.getMethod(), () -> client.execute(method));
    }

    public Optional<Message> send(SendPhoto photo) {
        return attempt("sendPhoto", () -> client.execute(photo));
    }

    public Optional<Message> send(SendDocument document) {
        return attempt("sendDocument", () -> client.execute(document));
    }

    private <T> Optional<T> attempt(String method, ApiCall<T> call) {
        try {
            return Optional.ofNullable(call.run());
        } catch (TelegramApiRequestException e) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (Integer.valueOf(429).equals(e.getErrorCode()) && retryAfter != null
                    && Duration.ofSeconds(retryAfter).compareTo(MAX_INLINE_WAIT) <= 0) {
                return retryOnce(method, call, Duration.ofSeconds(retryAfter));
            }
            logFailure(method, e);
            return Optional.empty();
        } catch (TelegramApiException e) {
            log.warn("Telegram {} failed: {}", method, e.getMessage());
            return Optional.empty();
        }
    }

    private <T> Optional<T> retryOnce(String method, ApiCall<T> call, Duration wait) {
        try {
            Thread.sleep(wait.toMillis()); // Telegram told us exactly how long to wait.
            return Optional.ofNullable(call.run());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TelegramApiException e) {
            log.warn("Telegram {} failed after waiting {}: {}", method, wait, e.getMessage());
            return Optional.empty();
        }
    }

    private static void logFailure(String method, TelegramApiRequestException e) {
        String description = e.getApiResponse() == null ? e.getMessage() : e.getApiResponse();
        if (description != null && description.contains("message is not modified")) {
            log.debug("Telegram {}: nothing to change", method);
        } else if (Integer.valueOf(403).equals(e.getErrorCode())) {
            log.info("Telegram {}: the user cannot be reached ({})", method, description);
        } else {
            log.warn("Telegram {} failed: {} {}", method, e.getErrorCode(), description);
        }
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }
}
