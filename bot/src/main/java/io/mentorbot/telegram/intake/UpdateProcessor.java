package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.dialog.Conversation;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Replies;
import io.mentorbot.telegram.dialog.ScreenMemory;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.view.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Handles stored updates: claims each in the inbox and applies it in the same transaction, so it is applied once or
 * not at all. What the handling says to the user is sent after the commit (see {@link Replies}). If handling fails, its
 * changes roll back, what it meant to say is dropped, the update is marked done (a poison update must not loop) and
 * the user hears that something went wrong instead of silence.
 *
 * <p>One chat's updates are applied in {@code update_id} order even when several instances share the database and
 * received them (webhook calls spread by a load balancer, or a sweep picking up a dead instance's updates). Each
 * transaction first takes the chat's advisory lock ({@code pg_advisory_xact_lock}, released at commit), then applies
 * the chat's <em>oldest</em> unhandled stored update, repeating until the requested one is done. So whoever gets the
 * lock catches the chat up in order, and a later update never overtakes an earlier stored one. Chosen over ordered
 * claiming of inbox rows because it needs no lease or owner column: a transaction that dies releases its lock and its
 * claim with it. (An update that has not reached the inbox yet cannot be waited for: the webhook stores an update
 * before it answers Telegram, and the poller stores a batch before it confirms it.)
 */
@Component
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
    private static final Duration ANSWER_POLL = Duration.ofMillis(10);

    private final UpdateInbox inbox;
    private final UpdateRouter router;
    private final TransactionTemplate transaction;
    private final BotGateway gateway;
    private final Texts texts;
    private final ConversationStore conversations;
    private final AccountDesk accounts;
    private final AnsweredMarks answered;
    private final ScreenMemory screens;

    UpdateProcessor(UpdateInbox inbox, UpdateRouter router, PlatformTransactionManager transactions,
                    BotGateway gateway, Texts texts, ConversationStore conversations,
                    AccountDesk accounts, AnsweredMarks answered, ScreenMemory screens) {
        this.inbox = inbox;
        this.router = router;
        this.transaction = new TransactionTemplate(transactions);
        this.gateway = gateway;
        this.texts = texts;
        this.conversations = conversations;
        this.accounts = accounts;
        this.answered = answered;
        this.screens = screens;
    }

    /** Applies this update, after the same chat's earlier unhandled ones; does nothing if it is handled already. */
    void process(long updateId) {
        Optional<Long> chat = inbox.chatOf(updateId);
        if (chat.isEmpty()) {
            log.warn("Update {} is not in the inbox", updateId);
            return;
        }
        process(updateId, chat.get());
    }

    /** The same, for a caller that knows the update's chat key (the intake stored it). */
    void process(long updateId, long chatKey) {
        process(updateId, chatKey, null);
    }

    /**
     * The same, for the receiver that still holds the update it has just stored ({@code inHand}, may be null): it
     * is used as it is instead of being read back from the inbox.
     */
    void process(long updateId, long chatKey, ReceivedUpdate inHand) {
        OptionalLong applied;
        do {
            applied = applyOldest(chatKey, updateId, inHand);
        } while (applied.isPresent() && applied.getAsLong() != updateId);
    }

    /**
     * Applies the chat's oldest unhandled update up to {@code upTo}; returns which, or empty if none is left. What the
     * turn says to its user goes out only after the commit, with no transaction, connection or lock held: a rolled-back
     * turn says nothing of what it did, and its user hears that it failed instead.
     */
    private OptionalLong applyOldest(long chatKey, long upTo, ReceivedUpdate inHand) {
        long waitUntil = System.nanoTime() + UpdateInbox.ANSWER_LEASE.toNanos();
        while (true) {
            long[] current = {-1};
            Replies replies = new Replies();
            UpdateInbox.Claim claim;
            try {
                claim = transaction.execute(status -> {
                    UpdateInbox.Claim found = inbox.lockAndClaimOldest(chatKey, upTo, inHand);
                    if (found.stored() != null) {
                        UpdateInbox.Stored stored = found.stored();
                        current[0] = stored.updateId();
                        router.route(claimed(chatKey, stored), replies);
                        if (!replies.isEmpty()) {
                            inbox.keepReplies(stored.updateId(), chatKey, replies.toJson());
                        }
                    }
                    return found;
                });
            } catch (RuntimeException e) {
                replies.discard();
                if (current[0] < 0) {
                    throw e; // the database failed before any update was touched: the sweep retries later
                }
                log.error("Handling update {} failed", current[0], e);
                inbox.load(current[0]).ifPresent(this::apologize);
                inbox.settleFailed(current[0]);
                return OptionalLong.of(current[0]);
            }
            if (claim.stored() != null) {
                if (!replies.isEmpty()) {
                    try {
                        replies.sendWith(gateway, screens); // committed: now, holding nothing, the user hears of it
                    } finally {
                        answered.add(current[0]);
                    }
                }
                return OptionalLong.of(current[0]);
            }
            if (!claim.waitForReplies() || System.nanoTime() > waitUntil) {
                return OptionalLong.empty();
            }
            pauseForOtherInstance();
        }
    }

    /**
     * The claimed update with what its turn starts from: its sender's visit (the account, in this transaction) and
     * the chat's conversation, read with the claim.
     */
    private ClaimedUpdate claimed(long chatKey, UpdateInbox.Stored stored) {
        Optional<Conversation> conversation = conversations.of(chatKey, stored.dialog(), stored.step(), stored.draft());
        Update update = stored.update();
        return new ClaimedUpdate(update, ClaimedUpdate.visitorOf(update).map(accounts::visit), conversation);
    }

    /** Another instance is still sending its replies to the chat's previous update; the chat's lock is let go. */
    private static void pauseForOtherInstance() {
        try {
            Thread.sleep(ANSWER_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another instance answers the chat", e);
        }
    }

    /**
     * Sends the stored replies of an update whose handler died after its commit and before they were out, unless
     * another instance has taken them over already.
     */
    void resend(long updateId) {
        inbox.takeOverReplies(updateId).ifPresent(stored -> {
            try {
                log.info("Telegram: sending the replies to update {}, left unsent by an instance that stopped",
                        updateId);
                Replies.fromJson(stored).sendWith(gateway, screens);
            } finally {
                answered.add(updateId);
            }
        });
    }

    /** Tells the user that their action failed: an alert on the pressed button, or a message in a private chat. */
    private void apologize(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            gateway.post(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                    .text(texts.get(languageOf(query.getFrom()), "error.generic")).showAlert(true).build());
            return;
        }
        User from = update.hasMessage() ? update.getMessage().getFrom() : null;
        if (from == null || !update.getMessage().getChat().isUserChat()) {
            return;
        }
        gateway.post(SendMessage.builder().chatId(update.getMessage().getChatId())
                .text(texts.get(languageOf(from), "error.generic")).build());
    }

    private Language languageOf(User from) {
        return accounts.languageOf(from.getId(), from.getLanguageCode());
    }
}
