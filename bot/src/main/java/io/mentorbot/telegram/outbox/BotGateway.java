package io.mentorbot.telegram.outbox;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.outbox.Outcome.Kind;
import io.mentorbot.telegram.outbox.RateLimiter.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ForwardMessage;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one door for outgoing Bot API calls, so rate limits, retries and unreachable users have one place to live.
 *
 * <p>What counts against the limits: calls that put a new message into a chat ({@code sendMessage},
 * {@code sendPhoto}, {@code sendDocument}, {@code forwardMessage}, {@code copyMessage}); Telegram's 30 per second
 * and 1 per second per chat are about those. Answering a button press, editing a shown message and setting
 * commands are cheap, are answers the user waits for, and pass unpaced (a "retry after" still holds them back).
 *
 * <p>Callers here are replies to the user's own action, made while the update is handled: they take the limiter
 * with priority and are retried in place (a "retry after", server errors with backoff) for at most
 * {@link OutboxSettings#replyMaxWait()}. Messages to other people go through the {@link Outbox}, which calls
 * {@link #deliver(SendMessage)} (or {@link #deliver(SendDocument)}): one attempt with bulk priority, the outbox keeps
 * the retries.
 * A 403 marks the recipient unreachable in the accounts module.
 */
@Component
public class BotGateway {

    private static final Logger log = LoggerFactory.getLogger(BotGateway.class);
    private static final int REPLY_TRANSIENT_ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final TelegramClient client;
    private final AccountDesk accounts;
    private final RateLimiter limiter;
    private final OutboxSettings settings;

    BotGateway(TelegramClient client, AccountDesk accounts, OutboxSettings settings) {
        this.client = client;
        this.accounts = accounts;
        this.settings = settings;
        this.limiter = RateLimiter.of(settings);
    }

    /** Executes a call; a failure is logged and answered with empty, never thrown at the caller. */
    public <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        return reply(method.getMethod(), chatOf(method), () -> client.execute(method));
    }

    /**
     * Executes a call whose result the caller does not need (a reply, an edited screen, an answered button): the
     * same as {@link #call} without reading Telegram's result into objects. True when Telegram took it.
     */
    public boolean post(BotApiMethod<? extends Serializable> method) {
        return reply(method.getMethod(), chatOf(method), () -> client.execute(new StatusOnly(method))).isPresent();
    }

    public Optional<Message> send(SendPhoto photo) {
        return reply("sendPhoto", parse(photo.getChatId()), () -> client.execute(photo));
    }

    public Optional<Message> send(SendDocument document) {
        return reply("sendDocument", parse(document.getChatId()), () -> client.execute(document));
    }

    /** A new photo or file (and caption) for a shown message: an edit, so unpaced like the others. */
    public boolean edit(EditMessageMedia media) {
        return reply("editMessageMedia", OptionalLong.empty(), () -> client.execute(media)).isPresent();
    }

    /** One paced attempt at a bulk message, for the outbox; it keeps the retries. */
    Outcome deliver(SendMessage message) throws InterruptedException {
        long chatId = parse(message.getChatId()).orElseThrow();
        limiter.acquire(chatId, Priority.BULK);
        return once(message.getMethod(), OptionalLong.of(chatId), () -> client.execute(new StatusOnly(message)));
    }

    /** The same for a file. */
    Outcome deliver(SendDocument document) throws InterruptedException {
        long chatId = parse(document.getChatId()).orElseThrow();
        limiter.acquire(chatId, Priority.BULK);
        return once("sendDocument", OptionalLong.of(chatId), () -> client.execute(document));
    }

    /** The same for another call about one chat (its command menu). */
    Outcome deliver(long chatId, BotApiMethod<? extends Serializable> call) throws InterruptedException {
        limiter.acquire(chatId, Priority.BULK);
        return once(call.getMethod(), OptionalLong.of(chatId), () -> client.execute(new StatusOnly(call)));
    }

    /** How long until the chat may get another message without waiting. */
    Duration chatWait(long chatId) {
        return limiter.chatWait(chatId);
    }

    /** Takes this instance's part of the overall message budget, shared among {@code instances} running ones. */
    void shareOverallLimit(int instances) {
        limiter.share(instances);
    }

    /** Among how many running instances the overall message budget is shared now. */
    public int overallLimitSharedBy() {
        return limiter.sharedBy();
    }

    private <T> Optional<T> reply(String method, OptionalLong chat, ApiCall<T> call) {
        long deadline = System.nanoTime() + settings.replyMaxWait().toNanos();
        Duration backoff = FIRST_BACKOFF;
        try {
            for (int attempt = 1; ; attempt++) {
                if (chat.isPresent()) {
                    limiter.acquire(chat.getAsLong(), Priority.REPLY);
                }
                Outcome outcome = once(method, chat, call);
                Duration wait = switch (outcome.kind()) {
                    case SENT -> null;
                    case RETRY_AFTER -> outcome.retryAfter();
                    case TRANSIENT -> attempt < REPLY_TRANSIENT_ATTEMPTS ? backoff : null;
                    case UNREACHABLE, REJECTED -> null;
                };
                if (outcome.kind() == Kind.SENT) {
                    @SuppressWarnings("unchecked") T result = (T) outcome.result();
                    return Optional.ofNullable(result);
                }
                if (wait == null || System.nanoTime() + wait.toNanos() > deadline) {
                    if (wait != null) {
                        log.warn("Telegram {} given up: would wait beyond {}", method, settings.replyMaxWait());
                    }
                    return Optional.empty();
                }
                Thread.sleep(wait.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private <T> Outcome once(String method, OptionalLong chat, ApiCall<T> call) {
        try {
            return Outcome.sent(call.run());
        } catch (TelegramApiRequestException e) {
            return refused(method, chat, e);
        } catch (TelegramApiException e) {
            log.warn("Telegram {} failed: {}", method, e.getMessage());
            return Outcome.failed(Kind.TRANSIENT, null, String.valueOf(e.getMessage()));
        }
    }

    private Outcome refused(String method, OptionalLong chat, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (code == 429) {
            Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
            limiter.pause(wait);
            log.info("Telegram {}: too many requests, waiting {}", method, wait);
            return Outcome.failed(Kind.RETRY_AFTER, wait, description);
        }
        if (code >= 500 || code == 0) {
            log.warn("Telegram {} failed: {} {}", method, code, description);
            return Outcome.failed(Kind.TRANSIENT, null, code + " " + description);
        }
        if (code == 403 && chat.isPresent()) {
            log.info("Telegram {}: chat {} cannot be reached ({})", method, chat.getAsLong(), description);
            accounts.markUnreachable(chat.getAsLong());
            return Outcome.failed(Kind.UNREACHABLE, null, description);
        }
        if (description.contains("message is not modified")) {
            log.debug("Telegram {}: nothing to change", method);
        } else {
            log.warn("Telegram {} failed: {} {}", method, code, description);
        }
        return Outcome.failed(Kind.REJECTED, null, code + " " + description);
    }

    /** The chat a message-creating call writes to; empty for the calls that do not count (see class comment). */
    private static OptionalLong chatOf(BotApiMethod<?> method) {
        if (method instanceof SendMessage send) {
            return parse(send.getChatId());
        }
        if (method instanceof ForwardMessage forward) {
            return parse(forward.getChatId());
        }
        if (method instanceof CopyMessage copy) {
            return parse(copy.getChatId());
        }
        return OptionalLong.empty();
    }

    private static OptionalLong parse(String chatId) {
        try {
            return chatId == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(chatId.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // "@channel" names: not our private chats
        }
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }
}
