package io.mentorbot.telegram.dialog;

import io.mentorbot.accounts.Account;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.view.Texts;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** Tells someone other than the acting user about something, in the recipient's own language. */
@Component
public class Notifier {

    private final BotGateway gateway;
    private final Texts texts;

    Notifier(BotGateway gateway, Texts texts) {
        this.gateway = gateway;
        this.texts = texts;
    }

    /** A text in the recipient's language. */
    public String text(Account recipient, String key, Object... args) {
        return texts.get(recipient.language(), key, args);
    }

    /** Sends a notice unless the recipient paused their account or cannot be reached. */
    public boolean notify(Account recipient, String text, InlineKeyboardMarkup keyboard) {
        if (recipient.isPaused() || recipient.isDeleted() || recipient.chatId() == null) {
            return false;
        }
        return gateway.call(SendMessage.builder().chatId(recipient.chatId()).text(text).replyMarkup(keyboard).build())
                .isPresent();
    }
}
