package io.mentorbot.telegram.dialog;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.outbox.BotGateway;
import io.mentorbot.telegram.view.Texts;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One user action being answered: who acted, in which chat, and the means to reply in their language.
 * A button press is answered exactly once, by {@link #answerCallback()}, whatever the handler did.
 */
public final class Turn {

    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT = 4096;
    /** Telegram's limit for a caption. */
    static final int MAX_CAPTION = 1024;

    private final Account account;
    private final boolean newcomer;
    private final long chatId;
    private final Integer sourceMessageId;
    private final String callbackQueryId;
    private final BotGateway gateway;
    private final Texts texts;
    private final RefusalLog refusals;
    private String notice;
    private boolean alert;
    private boolean answered;

    public Turn(Account account, boolean newcomer, long chatId, Integer sourceMessageId, String callbackQueryId,
                BotGateway gateway, Texts texts, RefusalLog refusals) {
        this.account = account;
        this.newcomer = newcomer;
        this.chatId = chatId;
        this.sourceMessageId = sourceMessageId;
        this.callbackQueryId = callbackQueryId;
        this.gateway = gateway;
        this.texts = texts;
        this.refusals = refusals;
    }

    public Account account() {
        return account;
    }

    /** True when this very action registered the user. */
    public boolean newcomer() {
        return newcomer;
    }

    public Language language() {
        return account.language();
    }

    public long chatId() {
        return chatId;
    }

    public boolean isButtonPress() {
        return callbackQueryId != null;
    }

    /** A text in the user's language. */
    public String t(String key, Object... args) {
        return texts.get(language(), key, args);
    }

    public void reply(String text) {
        reply(text, null);
    }

    public void reply(String text, InlineKeyboardMarkup keyboard) {
        gateway.post(SendMessage.builder().chatId(chatId).text(fit(text)).replyMarkup(keyboard).build());
    }

    /** Sends a photo (by Telegram file id) with a caption; captions are cut to Telegram's 1,024 characters. */
    public Optional<Message> replyPhoto(String fileId, String caption, InlineKeyboardMarkup keyboard) {
        String fitted = caption.length() <= MAX_CAPTION ? caption : caption.substring(0, MAX_CAPTION - 1) + "…";
        return gateway.send(SendPhoto.builder().chatId(chatId).photo(new InputFile(fileId)).caption(fitted)
                .replyMarkup(keyboard).build());
    }

    /** Uploads a picture (a chart) with a caption. */
    public Optional<Message> replyPhoto(byte[] png, String fileName, String caption) {
        return gateway.send(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(png), fileName)).caption(caption).build());
    }

    /** Sends a file (a calendar entry, an export) with a caption. */
    public Optional<Message> replyDocument(byte[] content, String fileName, String caption) {
        return gateway.send(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName)).caption(caption).build());
    }

    /** Shows a screen: replaces the message whose button was pressed, or sends a new one. */
    public void show(String text, InlineKeyboardMarkup keyboard) {
        if (sourceMessageId == null) {
            reply(text, keyboard);
            return;
        }
        gateway.post(EditMessageText.builder().chatId(chatId).messageId(sourceMessageId).text(fit(text))
                .replyMarkup(keyboard).build());
    }

    /** A short notice shown on top of the chat when the button press is answered. */
    public void notice(String text) {
        this.notice = text;
        this.alert = false;
    }

    /** A notice the user has to dismiss, for refusals. */
    public void alert(String text) {
        this.notice = text;
        this.alert = true;
    }

    /**
     * Refuses what the user asked because a check said they may not (someone else's booking, a forged button, an
     * admin action of a non-admin): tells them why, as an alert on a button press or a reply to a message, and logs
     * the refusal with their account id and {@code action} (a fixed name, never input) through {@link RefusalLog}.
     */
    public void refuse(String action, String key, Object... args) {
        refusals.refused(account.id(), action);
        if (isButtonPress()) {
            alert(t(key, args));
        } else {
            reply(t(key, args));
        }
    }

    /** Answers the button press (once), with the notice if one was set. */
    public void answerCallback() {
        if (callbackQueryId == null || answered) {
            return;
        }
        answered = true;
        gateway.post(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(notice)
                .showAlert(alert ? Boolean.TRUE : null).build());
    }

    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
