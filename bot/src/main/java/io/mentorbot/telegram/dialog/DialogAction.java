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

    /**
     * "Leave and run /command": leaves the named dialog and runs the command the user typed in it, kept in the
     * dialog's draft (a command with its arguments may not fit in callback data). Pressed when the chat is no
     * longer in that dialog or no command waits, it runs nothing.
     */
    record LeaveDialog(String dialog) implements DialogAction {
        public static final Verb<LeaveDialog> VERB = Verb.of("lv", 1, LeaveDialog.class,
                args -> new LeaveDialog(args.word(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(dialog); }
    }

    /** "Stay": keeps the named dialog and drops the command that asked to leave it. */
    record StayInDialog(String dialog) implements DialogAction {
        public static final Verb<StayInDialog> VERB = Verb.of("stay", 1, StayInDialog.class,
                args -> new StayInDialog(args.word(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(dialog); }
    }
}
