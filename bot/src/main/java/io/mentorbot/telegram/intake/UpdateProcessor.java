package io.mentorbot.telegram.intake;

import java.util.Optional;

import io.mentorbot.accounts.AccountSettings;
import io.mentorbot.accounts.Language;
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
 * Handles one stored update: claims it in the inbox and applies it in the same transaction, so it is applied
 * once or not at all. If handling fails, its changes roll back, the update is marked done (a poison update must
 * not loop) and the user hears that something went wrong instead of silence.
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

    UpdateProcessor(UpdateInbox inbox, UpdateRouter router, PlatformTransactionManager transactions,
                    BotGateway gateway, Texts texts, AccountSettings accountSettings) {
        this.inbox = inbox;
        this.router = router;
        this.transaction = new TransactionTemplate(transactions);
        this.gateway = gateway;
        this.texts = texts;
        this.accountSettings = accountSettings;
    }

    void process(long updateId) {
        Optional<Update> handled;
        try {
            handled = transaction.execute(status -> {
                if (!inbox.claim(updateId)) {
                    return Optional.<Update>empty();
                }
                Update update = inbox.load(updateId).orElseThrow();
                router.route(update);
                return Optional.of(update);
            });
        } catch (RuntimeException e) {
            log.error("Handling update {} failed", updateId, e);
            inbox.load(updateId).ifPresent(this::apologize);
            transaction.executeWithoutResult(status -> inbox.claim(updateId));
            return;
        }
        if (handled.isEmpty()) {
            log.debug("Update {} was handled already", updateId);
        }
    }

    private void apologize(Update update) {
        User from = update.hasMessage() ? update.getMessage().getFrom() : null;
        if (from == null || !update.getMessage().getChat().isUserChat()) {
            return; // button presses were already answered with the error by the router
        }
        Language language = Language.fromTag(from.getLanguageCode()).orElse(accountSettings.defaultLanguage());
        gateway.call(SendMessage.builder().chatId(update.getMessage().getChatId())
                .text(texts.get(language, "error.generic")).build());
    }
}
