package io.mentorbot.telegram.intake;

import java.util.Optional;

import io.mentorbot.accounts.Visit;
import io.mentorbot.accounts.Visitor;
import io.mentorbot.telegram.dialog.Conversation;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * An update claimed for handling, with what its turn starts from: the visit of its sender (their account, registered
 * or refreshed) when it comes from the sender's private chat with the bot, and the chat's conversation as the claim
 * found it (empty: not in a dialog).
 */
record ClaimedUpdate(Update update, Optional<Visit> visit, Optional<Conversation> conversation) {

    /**
     * Who visits with this update: the sender of a message in their private chat with the bot, or the presser of a
     * button in it (a private chat's id is its user's id). Nobody for a group's messages and buttons: they change no
     * account.
     */
    static Optional<Visitor> visitorOf(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            User from = query.getFrom();
            long chatId = query.getMessage() != null ? query.getMessage().getChatId() : from.getId();
            return chatId == from.getId() ? Optional.of(visitor(from, chatId)) : Optional.empty();
        }
        if (update.hasMessage()) {
            Message message = update.getMessage();
            if (message.getFrom() != null && message.getChat().isUserChat()) {
                return Optional.of(visitor(message.getFrom(), message.getChatId()));
            }
        }
        return Optional.empty();
    }

    private static Visitor visitor(User from, long chatId) {
        return new Visitor(from.getId(), chatId, from.getFirstName(), from.getLastName(), from.getUserName(),
                from.getLanguageCode());
    }
}
