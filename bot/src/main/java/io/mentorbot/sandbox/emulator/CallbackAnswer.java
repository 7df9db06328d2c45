package io.mentorbot.sandbox.emulator;

/**
 * The bot's answerCallbackQuery for one button press.
 *
 * @param callbackQueryId the id of the answered callback query
 * @param text            the notification text, or {@code null}
 * @param showAlert       whether the text is shown as an alert rather than a toast
 */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert) {
}
