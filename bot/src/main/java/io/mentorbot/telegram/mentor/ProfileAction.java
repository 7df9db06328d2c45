package io.mentorbot.telegram.mentor;

import java.util.List;

import io.mentorbot.telegram.callback.Args;
import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The buttons of a mentor's profile and of the application to become one. */
public sealed interface ProfileAction extends CallbackAction {

    /** Adds or removes a topic in the dialog the chat is in. */
    record ToggleTopic(String topic) implements ProfileAction {
        public static final Verb<ToggleTopic> VERB = Verb.of("tt", 1, ToggleTopic.class,
                args -> new ToggleTopic(args.word(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(topic); }
    }

    /** Ends topic choice in the dialog the chat is in. */
    record TopicsDone() implements ProfileAction {
        public static final Verb<TopicsDone> VERB = Verb.of("td", TopicsDone.class, new TopicsDone());

        public String verb() { return VERB.name(); }
    }

    /** Opens the editor of one profile field (or toggles the catalogue listing). */
    record EditProfile(ProfileField field) implements ProfileAction {
        public static final Verb<EditProfile> VERB = Verb.of("pf", 1, EditProfile.class,
                args -> new EditProfile(args.constant(0, ProfileField.class)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Args.of(field)); }
    }

    record PickLength(int minutes) implements ProfileAction {
        public static final Verb<PickLength> VERB = Verb.of("len", 1, PickLength.class,
                args -> new PickLength(args.number(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Integer.toString(minutes)); }
    }

    /**
     * A page of a mentor's reviews, newest first. Drawn on the mentor's card, answered by the follow-up side, which
     * depends on this package: so the action lives here.
     */
    record ShowReviews(long mentorId, int page) implements ProfileAction {
        public static final Verb<ShowReviews> VERB = Verb.of("rvl", 2, ShowReviews.class,
                args -> new ShowReviews(args.id(0), args.number(1)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(mentorId), Integer.toString(page)); }
    }

    /** A field of the profile, or one of the editor's other buttons ({@code MENU}: back to the editor). */
    enum ProfileField { HEADLINE, BIO, PHOTO, TOPICS, PRICE, LENGTH, TIMEZONE, LISTED, PREVIEW, MENU }
}
