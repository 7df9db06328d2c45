package io.mentorbot.telegram.callback;

import java.time.LocalDate;
import java.util.List;

/** A calendar day that cannot be picked (no free times, or already past): pressing it only explains why. */
public record Unavailable(LocalDate day) implements CallbackAction {

    public static final Verb<Unavailable> VERB = Verb.of("na", 1, Unavailable.class,
            args -> new Unavailable(LocalDate.parse(args.text(0))));

    @Override
    public String verb() {
        return VERB.name();
    }

    @Override
    public List<String> args() {
        return List.of(day.toString());
    }
}
