package io.mentorbot.telegram.dialog;

import java.io.Serializable;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.Language;
import io.mentorbot.accounts.Visit;
import io.mentorbot.telegram.view.Texts;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One user action being answered: who acted (their account, as the intake handed it over with the update), in which
 * chat, the chat's conversation at the start, and the means to reply in their language.
 * A button press is answered exactly once, by {@link #answerCallback()}, whatever the handler did.
 * Everything said here is held in the turn's {@link Replies} and sent only after the turn's changes are committed.
 */
public final class Turn {

    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT = 4096;
    /** Telegram's limit for a caption. */
    static final int MAX_CAPTION = 1024;

    private final Account account;
    private final boolean newcomer;
    private final Optional<Conversation> conversation;
    private final long chatId;
    private final Integer sourceMessageId;
    private final boolean sourceIsMedia;
    private final String callbackQueryId;
    private final Replies replies;
    private final Texts texts;
    private final RefusalLog refusals;
    /** The message this turn's latest screen was shown on, when it was edited in place. */
    private Integer shownOn;
    /** The message that carries this turn's latest screen, when it was sent as a new one. */
    private SendMessage shownAsNew;
    private String notice;
    private boolean alert;
    private boolean answered;

    /**
     * A turn answering a press on a button of message {@code sourceMessageId}; {@code sourceIsMedia} tells whether
     * that message is a photo or a file (its text is a caption), which decides how it can be edited.
     */
    public Turn(Visit visit, Optional<Conversation> conversation, long chatId, Integer sourceMessageId,
                boolean sourceIsMedia, String callbackQueryId, Replies replies, Texts texts, RefusalLog refusals) {
        this.sourceIsMedia = sourceIsMedia;
        this.account = visit.account();
        this.newcomer = visit.newcomer();
        this.conversation = conversation;
        this.chatId = chatId;
        this.sourceMessageId = sourceMessageId;
        this.callbackQueryId = callbackQueryId;
        this.replies = replies;
        this.texts = texts;
        this.refusals = refusals;
    }

    /**
     * The acting user's account. Changes made through the account desk during the turn (a new language, a pause)
     * show in it at once: it is the transaction's own object for that account.
     */
    public Account account() {
        return account;
    }

    /**
     * The chat's conversation as the turn began (read with the claim of the update): the dialog the user is
     * answering, if any. What the turn itself saves or clears through {@link ConversationStore} does not show here.
     */
    public Optional<Conversation> conversation() {
        return conversation;
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
        SendMessage message = SendMessage.builder().chatId(chatId).text(fit(text)).replyMarkup(keyboard).build();
        post(message);
        shown(null, message);
    }

    /** Any other call the turn makes (a chat's command menu, say), sent with its replies after the commit. */
    public void post(BotApiMethod<? extends Serializable> method) {
        replies.call(method);
    }

    /** Sends a photo (by Telegram file id) with a caption; captions are cut to Telegram's 1,024 characters. */
    public void replyPhoto(String fileId, String caption, InlineKeyboardMarkup keyboard) {
        replies.photo(chatId, fileId, caption(caption), keyboard);
    }

    /** Uploads a picture (a chart) with a caption. */
    public void replyPhoto(byte[] png, String fileName, String caption) {
        replies.upload(chatId, true, png, fileName, caption);
    }

    /** Sends a file (a calendar entry, an export) with a caption. */
    public void replyDocument(byte[] content, String fileName, String caption) {
        replies.upload(chatId, false, content, fileName, caption);
    }

    /**
     * Shows a screen: replaces the message whose button was pressed, or sends a new one. A photo screen keeps its
     * photo and gets the text as its caption (one too long for a caption replaces the photo message with a text one:
     * Telegram edits no photo message into a text message).
     */
    public void show(String text, InlineKeyboardMarkup keyboard) {
        if (sourceMessageId == null) {
            reply(text, keyboard);
        } else if (!sourceIsMedia) {
            post(EditMessageText.builder().chatId(chatId).messageId(sourceMessageId).text(fit(text))
                    .replyMarkup(keyboard).build());
            shown(sourceMessageId, null);
        } else if (text.length() <= MAX_CAPTION) {
            post(EditMessageCaption.builder().chatId(chatId).messageId(sourceMessageId).caption(text)
                    .replyMarkup(keyboard).build());
            shown(sourceMessageId, null);
        } else {
            replaceSource();
            reply(text, keyboard);
        }
    }

    /** Shows a screen that belongs to no photo (a list, a menu): like {@link #show}, but a photo screen goes. */
    public void showText(String text, InlineKeyboardMarkup keyboard) {
        if (sourceIsMedia && sourceMessageId != null) {
            replaceSource();
            reply(text, keyboard);
        } else {
            show(text, keyboard);
        }
    }

    /**
     * Shows a photo screen (a mentor's card): the message whose button was pressed gets the photo (Telegram lets a
     * text message be given one, and a photo be switched for another), or a new photo message is sent.
     */
    public void showPhoto(String fileId, String caption, InlineKeyboardMarkup keyboard) {
        if (sourceMessageId == null) {
            replyPhoto(fileId, caption, keyboard);
            shown(null, null);
        } else {
            replies.media(chatId, sourceMessageId, fileId, caption(caption), keyboard);
            shown(sourceMessageId, null);
        }
    }

    /** The message whose button was pressed, if the turn answers a button: the screen a dialog may remember. */
    public Optional<Integer> screenId() {
        return Optional.ofNullable(sourceMessageId);
    }

    /**
     * Where this turn's latest screen ({@link #show}, {@link #showText}, {@link #showPhoto}, {@link #reply}) is: the
     * pressed message it was shown on, or empty when it was sent as a new message (its id is known only once sent).
     */
    Optional<Integer> shownOn() {
        return Optional.ofNullable(shownOn);
    }

    /**
     * The turn's latest screen, sent as a new text message, is the question of {@code dialog}: its id is written into
     * that dialog's draft once Telegram has taken it. Does nothing when the screen was no new text message.
     */
    void sentScreenIsQuestionOf(String dialog) {
        if (shownAsNew != null) {
            replies.markScreen(shownAsNew, dialog);
            shownAsNew = null;
        }
    }

    private void shown(Integer onMessage, SendMessage asNew) {
        this.shownOn = onMessage;
        this.shownAsNew = asNew;
    }

    /**
     * Removes an earlier screen of the chat that a dialog remembered ({@link #screenId()}), when a typed answer
     * brings the next screen below the user's message: the chat keeps one live screen.
     */
    public void removeScreen(int messageId) {
        post(DeleteMessage.builder().chatId(chatId).messageId(messageId).build());
    }

    /** The pressed screen keeps its text but loses its buttons: what it offered is done or no longer applies. */
    public void closeScreen() {
        if (sourceMessageId != null) {
            post(EditMessageReplyMarkup.builder().chatId(chatId).messageId(sourceMessageId).build());
        }
    }

    private void replaceSource() {
        post(DeleteMessage.builder().chatId(chatId).messageId(sourceMessageId).build());
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
        post(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(notice)
                .showAlert(alert ? Boolean.TRUE : null).build());
    }

    private static String caption(String text) {
        return text.length() <= MAX_CAPTION ? text : text.substring(0, MAX_CAPTION - 1) + "…";
    }

    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
