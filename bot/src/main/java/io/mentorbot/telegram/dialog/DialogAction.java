package io.mentorbot.telegram.dialog;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** Buttons every dialog shows. */
public sealed interface DialogAction extends CallbackAction {

    /** Leaves whatever dialog the chat is in. */
    record CancelDialog() implements DialogAction {
        public static final Verb<CancelDialog> VERB = Verb.of("cancel", CancelDialog.class, new CancelDialog());

        public String verb() { return VERB.name(); }
    }
}
