package io.mentorbot.telegram.intake;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.outbox.Outbox;
import io.mentorbot.telegram.view.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Tells a user whose updates the intake turned away ({@link IntakeBudget}) to slow down, in their language. Goes
 * through the outbox, so the intake never waits for Telegram; only to private chats.
 */
@Component
class SlowDownNote {

    private static final Logger log = LoggerFactory.getLogger(SlowDownNote.class);

    private final Outbox outbox;
    private final AccountDesk accounts;
    private final Texts texts;

    SlowDownNote(Outbox outbox, AccountDesk accounts, Texts texts) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.texts = texts;
    }

    void tell(ReceivedUpdate update) {
        try {
            Update read = UpdateReader.read(update.json());
            User from = read.hasMessage() ? read.getMessage().getFrom()
                    : read.hasCallbackQuery() ? read.getCallbackQuery().getFrom() : null;
            if (from == null || from.getId() != update.chatKey()) {
                return; // not a private chat: nobody to tell there
            }
            Language language = accounts.languageOf(from.getId(), from.getLanguageCode());
            log.info("Telegram: chat {} is over its update budget; its extra updates are turned away", from.getId());
            outbox.post(SendMessage.builder().chatId(from.getId()).text(texts.get(language, "intake.slow-down")).build());
        } catch (RuntimeException e) {
            log.warn("Telegram: could not tell chat {} to slow down ({})", update.chatKey(), e.getMessage());
        }
    }
}
