package io.mentorbot.telegram.intake;

import org.telegram.telegrambots.meta.api.objects.Update;

/** The chat an update belongs to: updates with the same key are handled one after another, in order. */
final class ChatKey {

    private ChatKey() {
    }

    static long of(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        return 0;
    }
}
