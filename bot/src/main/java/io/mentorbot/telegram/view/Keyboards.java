package io.mentorbot.telegram.view;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.CallbackCodec;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Small builders for inline keyboards whose buttons carry {@link CallbackAction}s. */
public final class Keyboards {

    private Keyboards() {
    }

    public static InlineKeyboardButton button(String label, CallbackAction action) {
        return InlineKeyboardButton.builder().text(label).callbackData(CallbackCodec.encode(action)).build();
    }

    public static InlineKeyboardButton link(String label, String url) {
        return InlineKeyboardButton.builder().text(label).url(url).build();
    }

    /** One button a row. */
    public static InlineKeyboardMarkup column(InlineKeyboardButton... buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (InlineKeyboardButton button : buttons) {
            rows.add(new InlineKeyboardRow(button));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** Buttons laid out {@code perRow} to a row. */
    public static InlineKeyboardMarkup grid(List<InlineKeyboardButton> buttons, int perRow) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(new InlineKeyboardRow(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** Appends a row to a keyboard. */
    public static InlineKeyboardMarkup withRow(InlineKeyboardMarkup markup, InlineKeyboardButton... buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>(markup.getKeyboard());
        rows.add(new InlineKeyboardRow(buttons));
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
