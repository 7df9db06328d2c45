package io.mentorbot.telegram.followup;

import java.util.ArrayList;
import java.util.List;

import io.mentorbot.telegram.followup.FollowUpAction.RateSession;
import io.mentorbot.telegram.view.Keyboards;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** Stars as text ("★★★★☆") and as the rating keyboard (1 to 5). */
final class Stars {

    private Stars() {
    }

    static String of(int stars) {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }

    static InlineKeyboardMarkup keyboard(long bookingId) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            buttons.add(Keyboards.button(stars + "★", new RateSession(bookingId, stars)));
        }
        return Keyboards.grid(buttons, 5);
    }
}
