package io.mentorbot.telegram.followup;

import java.util.List;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** The buttons around a session: reminders, whether it took place, and reviews. */
public sealed interface FollowUpAction extends CallbackAction {

    /** A student acknowledges a reminder: "I'll be there". */
    record AckReminder(long bookingId) implements FollowUpAction {
        public static final Verb<AckReminder> VERB = Verb.of("ack", 1, AckReminder.class,
                args -> new AckReminder(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** The mentor answers whether the session took place ({@code held}) or the student did not come. */
    record SessionHeld(long bookingId, boolean held) implements FollowUpAction {
        public static final Verb<SessionHeld> VERB = Verb.of("held", 2, SessionHeld.class,
                args -> new SessionHeld(args.id(0), args.flag(1, "y", "n")));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), held ? "y" : "n"); }
    }

    /** A student rates a completed session, 1 to 5 stars. */
    record RateSession(long bookingId, int stars) implements FollowUpAction {
        public static final Verb<RateSession> VERB = Verb.of("rate", 2, RateSession.class,
                args -> new RateSession(args.id(0), args.number(1, 1, 5)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId), Integer.toString(stars)); }
    }

    /** A student leaves the review without a comment. */
    record SkipReviewComment(long bookingId) implements FollowUpAction {
        public static final Verb<SkipReviewComment> VERB = Verb.of("rvs", 1, SkipReviewComment.class,
                args -> new SkipReviewComment(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(bookingId)); }
    }

    /** The mentor answers a review (once). */
    record ReplyReview(long reviewId) implements FollowUpAction {
        public static final Verb<ReplyReview> VERB = Verb.of("rvr", 1, ReplyReview.class,
                args -> new ReplyReview(args.id(0)));

        public String verb() { return VERB.name(); }
        public List<String> args() { return List.of(Long.toString(reviewId)); }
    }
}
