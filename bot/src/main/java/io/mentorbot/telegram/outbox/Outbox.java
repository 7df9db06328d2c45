package io.mentorbot.telegram.outbox;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Messages that a change causes for someone other than the acting user (notices, reminders, calendar files).
 * {@link #post} writes the message in the caller's transaction; after the commit the {@link OutboxSender} delivers
 * it, paced and retried.
 * A message of a rolled-back change is never sent, and one of a committed change is sent even if this process dies
 * right after the commit (the next start, or another instance, picks it up).
 *
 * <p>The one window left: a crash after Telegram took a message and before its row is marked sent. The row is then
 * sent again once its claim lapses, so a message can arrive twice but is never lost.
 */
@Component
public class Outbox {

    /**
     * How long a user's replies, committed and not yet recorded as out, hold back what comes after them in their chat:
     * the chat's next update, and the outbox's messages to the chat. The instance sending them gives up on a reply
     * after {@code TELEGRAM_REPLY_MAX_WAIT} (10 s); past this it is taken to have died, and another sends them.
     */
    public static final Duration REPLIES_LEASE = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final OutboxSender sender;
    private final ObjectMapper json = new ObjectMapper();

    Outbox(OutboxStore store, OutboxSender sender) {
        this.store = store;
        this.sender = sender;
    }

    /** Looks for due messages now rather than at the next poll (messages that waited for something are free). */
    public void wake() {
        sender.wake();
    }

    /** Queues a text message in the current transaction (or at once without one) and wakes the sender after commit. */
    public void post(SendMessage message) {
        add(Long.parseLong(message.getChatId()), message.getMethod(), message);
    }

    /** Queues a file (a calendar entry) with a caption, as {@link #post} does a text. */
    public void postDocument(long chatId, byte[] content, String fileName, String caption) {
        add(chatId, OutboxDocument.METHOD, new OutboxDocument(chatId, fileName, caption, content));
    }

    /**
     * Queues a chat's command menu, as {@link #post} does a text: these commands, or the default menu again when there
     * are none. It reaches the chat in order with the notices around it.
     */
    public void postMenu(long chatId, List<BotCommand> commands) {
        add(chatId, OutboxMenu.METHOD, OutboxMenu.of(chatId, commands));
    }

    private void add(long chatId, String method, Object call) {
        String payload;
        try {
            payload = json.writeValueAsString(call);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the message", e);
        }
        store.add(chatId, method, payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        } else {
            sender.wake();
        }
    }

    /**
     * Forgets every message to the chat, sent or waiting, in the current transaction (its user erased their account):
     * what was not sent yet is not sent. A message a sender is delivering right now may still arrive.
     */
    public void forgetChat(long chatId) {
        store.forgetChat(chatId);
    }

    /**
     * Forgets the delivered copies of messages to anyone that match one of these {@code ILIKE} patterns (they named
     * a person who erased their account). They were kept only for inspection; messages still waiting are sent.
     */
    public void forgetDeliveredMentioning(String[] patterns) {
        store.forgetDoneMentioning(patterns);
    }
}
