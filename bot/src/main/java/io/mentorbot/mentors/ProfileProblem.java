package io.mentorbot.mentors;

/**
 * Why a profile value was refused; the caller turns it into a message in the user's language.
 * {@link #limit()} is the limit that was broken, where there is one.
 */
public class ProfileProblem extends RuntimeException {

    public enum Kind { EMPTY, TOO_LONG, UNKNOWN_TOPIC, NO_TOPIC, BAD_PRICE, BAD_CURRENCY, BAD_LENGTH, ALREADY_MENTOR,
        ALREADY_APPLIED, NO_PAYMENTS }

    private final Kind kind;
    private final int limit;
    private final String field;

    public ProfileProblem(Kind kind, int limit) {
        this(kind, limit, null);
    }

    ProfileProblem(Kind kind, int limit, String field) {
        super(kind.name());
        this.kind = kind;
        this.limit = limit;
        this.field = field;
    }

    public ProfileProblem(Kind kind) {
        this(kind, 0);
    }

    public Kind kind() {
        return kind;
    }

    public int limit() {
        return limit;
    }

    /** The field of a {@link ProfileChanges} whose value was refused; {@code null} for a single edit. */
    public String field() {
        return field;
    }
}
