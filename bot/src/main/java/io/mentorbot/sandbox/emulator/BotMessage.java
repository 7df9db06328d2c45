package io.mentorbot.sandbox.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one message the bot sent, with its current content after edits.
 *
 * @param chatId         the chat it was sent to
 * @param messageId      its message id
 * @param text           the text, or the caption for photos and documents, exactly as the bot sent it (markup
 *                       included; see {@link #plainText()})
 * @param inlineKeyboard the inline keyboard rows, empty if none
 * @param replyKeyboard  the reply keyboard rows sent with this message, empty if none
 * @param parseMode      the parse mode, or {@code null}
 * @param photo          the photo, or {@code null}
 * @param document       the document, or {@code null}
 * @param edits          how many times it was edited
 * @param deleted        whether it was deleted
 * @param sentAt         when it was first sent
 */
public record BotMessage(long chatId, long messageId, String text, List<List<Button>> inlineKeyboard,
        List<List<String>> replyKeyboard, String parseMode, FileRef photo, FileRef document, int edits,
        boolean deleted, Instant sentAt) {

    public BotMessage {
        inlineKeyboard = inlineKeyboard == null ? List.of() : inlineKeyboard.stream().map(List::copyOf).toList();
        replyKeyboard = replyKeyboard == null ? List.of() : replyKeyboard.stream().map(List::copyOf).toList();
    }

    /** Whether the inline keyboard has a button with exactly this text. */
    public boolean hasButton(String text) {
        return inlineKeyboard.stream().flatMap(List::stream).anyMatch(b -> Objects.equals(b.text(), text));
    }

    /** The inline button texts, row by row. */
    public List<String> buttonTexts() {
        return inlineKeyboard.stream().flatMap(List::stream).map(Button::text).toList();
    }

    /** The text as the user sees it: HTML tags removed and entities decoded when the parse mode is HTML. */
    public String plainText() {
        return text == null ? null : HtmlText.plain(text, parseMode);
    }

    BotMessage withContent(String newText, List<List<Button>> newKeyboard) {
        return new BotMessage(chatId, messageId, newText, newKeyboard, replyKeyboard, parseMode, photo, document,
                edits + 1, deleted, sentAt);
    }

    BotMessage withMedia(FileRef newPhoto, FileRef newDocument, String caption, String newParseMode,
                         List<List<Button>> newKeyboard) {
        return new BotMessage(chatId, messageId, caption, newKeyboard, replyKeyboard, newParseMode, newPhoto,
                newDocument, edits + 1, deleted, sentAt);
    }

    BotMessage withParseMode(String newParseMode) {
        return new BotMessage(chatId, messageId, text, inlineKeyboard, replyKeyboard, newParseMode, photo, document,
                edits, deleted, sentAt);
    }

    BotMessage asDeleted() {
        return new BotMessage(chatId, messageId, text, inlineKeyboard, replyKeyboard, parseMode, photo, document,
                edits, true, sentAt);
    }
}
