package io.mentorbot.telegram.dialog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A turn's replies, stored with its changes, read back exactly as they were said. */
class RepliesTest {

    private static final InlineKeyboardMarkup KEYBOARD = InlineKeyboardMarkup.builder()
            .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("✅ Confirm").callbackData("v1:cb:7")
                    .build())).build();

    @Test
    void everyKindOfReplyReadsBackAsItWasStored() {
        Replies said = new Replies();
        said.call(SendMessage.builder().chatId(5L).text("Booked! ✅ «Iryna»").replyMarkup(KEYBOARD).build());
        said.call(EditMessageText.builder().chatId(5L).messageId(12).text("Pick a time").replyMarkup(KEYBOARD).build());
        said.call(EditMessageCaption.builder().chatId(5L).messageId(13).caption("Pick a day").replyMarkup(KEYBOARD)
                .build());
        said.call(EditMessageReplyMarkup.builder().chatId(5L).messageId(14).build());
        said.call(DeleteMessage.builder().chatId(5L).messageId(15).build());
        said.call(AnswerCallbackQuery.builder().callbackQueryId("q-1").text("Saved").showAlert(true).build());
        said.call(SetMyCommands.builder().scope(BotCommandScopeChat.builder().chatId(5L).build())
                .commands(List.of(new BotCommand("stats", "Platform statistics"))).build());
        said.call(DeleteMyCommands.builder().scope(BotCommandScopeChat.builder().chatId(5L).build()).build());
        SendMessage question = SendMessage.builder().chatId(5L).text("Type the code").replyMarkup(KEYBOARD).build();
        said.call(question);
        said.markScreen(question, "email");
        said.photo(5L, "AgAD-photo", "Iryna Koval", KEYBOARD);
        said.media(5L, 16, "AgAD-card", "Oleh Bondar", KEYBOARD);
        said.upload(5L, false, "BEGIN:VCALENDAR\r\n".getBytes(), "session.ics", null);
        said.upload(5L, true, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "stats.png", "Bookings per day");

        String stored = said.toJson();
        Replies read = Replies.fromJson(stored);

        assertThat(read.toJson()).isEqualTo(stored);
        assertThat(stored).contains("Booked! ✅ «Iryna»", "v1:cb:7", "q-1", "Platform statistics", "AgAD-photo",
                "session.ics", "stats.png", "Pick a day", "EditMessageReplyMarkup", "DeleteMessage",
                "AgAD-card", "Oleh Bondar", "\"kind\":\"screen\",\"dialog\":\"email\"", "Type the code");
    }

    @Test
    void onlyTheKindsOfCallATurnMakesCanBeSaidOrReadBack() {
        assertThatThrownBy(() -> new Replies().call(LeaveChat.builder().chatId(5L).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Replies.fromJson("[{\"kind\":\"LeaveChat\",\"call\":{\"chat_id\":\"5\"}}]"))
                .isInstanceOf(IllegalStateException.class);
    }
}
