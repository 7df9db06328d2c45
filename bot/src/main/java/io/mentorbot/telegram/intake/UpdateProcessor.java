package io.mentorbot.telegram.intake;

import java.util.Optional;
import java.util.OptionalLong;

import io.mentorbot.accounts.AccountSettings;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.view.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Handles stored updates: claims each in the inbox and applies it in the same transaction, so it is applied once or
 * not at all. If handling fails, its changes roll back, the update is marked done (a poison update must not loop)
 * and the user hears that something went wrong instead of silence.
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

    private final UpdateInbox inbox;
    private final UpdateRouter router;
    private final TransactionTemplate transaction;
    private final BotGateway gateway;
    private final Texts texts;
    private final AccountSettings accountSettings;
    private final ConversationStore conversations;

    UpdateProcessor(UpdateInbox inbox, UpdateRouter router, PlatformTransactionManager transactions,
                    BotGateway gateway, Texts texts, AccountSettings accountSettings, ConversationStore conversations) {
        this.inbox = inbox;
        this.router = router;
        this.transaction = new TransactionTemplate(transactions);
        this.gateway = gateway;
        this.texts = texts;
        this.accountSettings = accountSettings;
        this.conversations = conversations;
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

    /** Applies the chat's oldest unhandled update up to {@code upTo}; returns which, or empty if none is left. */
    private OptionalLong applyOldest(long chatKey, long upTo, ReceivedUpdate inHand) {
        long[] current = {-1};
        try {
            return transaction.execute(status -> {
                Optional<UpdateInbox.Stored> oldest = inbox.lockAndClaimOldest(chatKey, upTo, inHand);
                if (oldest.isEmpty()) {
                    return OptionalLong.empty();
                }
                UpdateInbox.Stored claimed = oldest.get();
                current[0] = claimed.updateId();
                conversations.knownAtStart(chatKey, claimed.dialog(), claimed.step(), claimed.draft());
                router.route(claimed.update());
                return OptionalLong.of(current[0]);
            });
        } catch (RuntimeException e) {
            if (current[0] < 0) {
                throw e; // the database failed before any update was touched: the sweep retries later
            }
            log.error("Handling update {} failed", current[0], e);
            inbox.load(current[0]).ifPresent(this::apologize);
            transaction.executeWithoutResult(status -> inbox.claim(current[0]));
            return OptionalLong.of(current[0]);
        }
    }

    private void apologize(Update update) {
        User from = update.hasMessage() ? update.getMessage().getFrom() : null;
        if (from == null || !update.getMessage().getChat().isUserChat()) {
            return; // button presses were already answered with the error by the router
        }
        Language language = Language.fromTag(from.getLanguageCode()).orElse(accountSettings.defaultLanguage());
        gateway.post(SendMessage.builder().chatId(update.getMessage().getChatId())
                .text(texts.get(language, "error.generic")).build());
    }
}
