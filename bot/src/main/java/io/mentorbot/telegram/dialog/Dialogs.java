package io.mentorbot.telegram.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mentorbot.telegram.callback.CallbackAction;
import org.springframework.stereotype.Component;

/** The application's dialogs by name, and the answer to a button that only makes sense inside one. */
@Component
public class Dialogs {

    private final Map<String, Dialog> byName;

    Dialogs(List<Dialog> dialogs) {
        this.byName = dialogs.stream().collect(Collectors.toMap(Dialog::name, Function.identity()));
    }

    /** The dialog the chat was in as the turn began, if it still exists. */
    public Optional<Dialog> current(Turn turn) {
        return turn.conversation().map(c -> byName.get(c.dialog()));
    }

    /**
     * Hands a button to the dialog the chat is in (topic toggles, calendar days ...); a button of another dialog or
     * step is refused as unknown. Features register such buttons as {@code ButtonHandler.of(verb, dialogs::press)}.
     */
    public void press(Turn turn, CallbackAction action) {
        Optional<Conversation> conversation = turn.conversation();
        Dialog dialog = conversation.map(c -> byName.get(c.dialog())).orElse(null);
        if (dialog == null || !dialog.onButton(turn, conversation.get(), action)) {
            turn.refuse("button " + action.getClass().getSimpleName(), "button.unknown");
        }
    }
}
