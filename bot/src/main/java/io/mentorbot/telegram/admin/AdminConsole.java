package io.mentorbot.telegram.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The admin console's guard and its shared parts. Every console press goes through {@link #guarded}: it re-checks
 * that the presser is an admin (as the database had it when their update arrived) and answers anyone else with a
 * refusal, and nothing changes. The screens themselves ({@link ConsoleHome}, {@link ConsoleUsers},
 * {@link ConsoleMentors}, {@link ConsoleBookings}, {@link ConsoleSlots}, {@link ConsoleApplications},
 * {@link ConsoleSearch}) only render; the changes are the admin use cases of the core, which check the actor again.
 */
final class AdminConsole {

    /** How many entries a console list shows at a time. */
    static final int PAGE = 10;

    private AdminConsole() {
    }

    /** A console button whose screen is reached only by admins. */
    static <A extends CallbackAction> ButtonHandler<A> guarded(Verb<A> verb, BiConsumer<Turn, A> screen) {
        return ButtonHandler.of(verb, (turn, pressed) -> {
            if (!refused(turn)) {
                screen.accept(turn, pressed);
            }
        });
    }

    /** Only admins get past this; anyone else is told so and nothing changes. */
    static boolean refused(Turn turn) {
        if (turn.account().isAdmin()) {
            return false;
        }
        turn.refuse("admin console", "admin.only");
        return true;
    }

    /** The same inside a console dialog (rights may have ended since it began): the dialog ends. */
    static boolean refusedInDialog(Turn turn, ConversationStore conversations) {
        if (turn.account().isAdmin()) {
            return false;
        }
        conversations.clear(turn.chatId());
        turn.refuse("admin console", "admin.only");
        return true;
    }

    /** A list of buttons with paging and a way back to the console's home. */
    static void showList(Turn turn, String text, List<InlineKeyboardButton> buttons, AdminDirectory.IdPage found,
                         AdminPane pane, int perRow) {
        InlineKeyboardMarkup keyboard = Keyboards.grid(buttons, perRow);
        List<InlineKeyboardButton> nav = new ArrayList<>();
        if (found.page() > 0) {
            nav.add(Keyboards.button("◀", new AdminView(pane, found.page() - 1)));
        }
        nav.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0)));
        if (found.page() < found.pages() - 1) {
            nav.add(Keyboards.button("▶", new AdminView(pane, found.page() + 1)));
        }
        turn.show(text, Keyboards.withRow(keyboard, nav.toArray(InlineKeyboardButton[]::new)));
    }
}
