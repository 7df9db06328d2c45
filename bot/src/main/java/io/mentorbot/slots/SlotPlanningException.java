package io.mentorbot.slots;

import java.util.Arrays;
import java.util.List;

/**
 * A request for slots refused as a whole: nothing was created. The caller turns {@link #problem()} and
 * {@link #arguments()} into a message in the mentor's language.
 */
public class SlotPlanningException extends RuntimeException {

    /** Why a request was refused; the arguments each problem carries are listed with it. */
    public enum Problem {
        /** The user is not an active mentor. No arguments. */
        NOT_A_MENTOR,
        /** The session length is out of range. Arguments: shortest, longest (minutes). */
        SESSION_LENGTH_OUT_OF_RANGE,
        /** A weekly request chose no weekday. No arguments. */
        NO_WEEKDAY,
        /** A weekly request's number of weeks is out of range. Arguments: fewest, most. */
        WEEKS_OUT_OF_RANGE,
        /** The range does not end after it starts. Arguments: from, to ({@code LocalTime}). */
        END_NOT_AFTER_START,
        /** The range is shorter than one session. Arguments: session length (minutes). */
        RANGE_SHORTER_THAN_SESSION,
        /** Every session asked for has already started. No arguments. */
        IN_PAST,
        /**
         * Some session starts beyond the planning horizon. Arguments: the last day sessions may start on
         * ({@code LocalDate}, in the mentor's zone).
         */
        BEYOND_HORIZON,
        /** The request makes too many sessions. Arguments: how many it makes, the most allowed. */
        TOO_MANY_SESSIONS
    }

    private final Problem problem;
    private final List<Object> arguments;

    public SlotPlanningException(Problem problem, Object... arguments) {
        super(problem + " " + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** The values the message for {@link #problem()} needs, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}
