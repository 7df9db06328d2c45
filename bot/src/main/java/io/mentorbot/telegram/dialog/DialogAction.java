package io.mentorbot.telegram.dialog;

import java.util.List;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** Buttons every dialog shows. */
public sealed interface DialogAction extends CallbackAction {

    /** Leaves the named dialog; pressed when the chat is no longer in it, it changes nothing. */
    record CancelDialog(String dialog) implements DialogAction {
        public static final Verb<CancelDialog> VERB = Verb.of("cx", 1, CancelDialog.class,
                args -> new CancelDialog(args.word(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(dialog); }
    }

    /**
     * A "Cancel" made before cancelling named its dialog: it cannot tell which dialog it belonged to, so it leaves
     * none and answers that its screen is out of date.
     */
    record UnboundCancel() implements DialogAction {
        public static final Verb<UnboundCancel> VERB = Verb.of("cancel", UnboundCancel.class, new UnboundCancel());

        public String verb() { return VERB.name(); }
    }
}
