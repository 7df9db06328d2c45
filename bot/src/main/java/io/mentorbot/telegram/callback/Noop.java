package io.mentorbot.telegram.callback;

/** A button that only shows something (calendar headers, empty days). */
public record Noop() implements CallbackAction {

    public static final Verb<Noop> VERB = Verb.of("nop", Noop.class, new Noop());

    @Override
    public String verb() {
        return VERB.name();
    }
}
