package io.mentorbot.slots;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a request for slots produced: the slots created and the sessions skipped, each in time order.
 *
 * @param created the new slots
 * @param skipped the sessions not created, with the reason
 */
public record PlanResult(List<Created> created, List<Skipped> skipped) {

    public PlanResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    /** A slot that was created. */
    public record Created(long slotId, Instant startsAt, Instant endsAt) {
    }

    /**
     * A session that was not created.
     *
     * @param localStart the start as the mentor asked for it, in the mentor's zone
     * @param startsAt   that start as an instant (for a nonexistent local time: the instant after the gap)
     * @param reason     why it was skipped
     * @param clash      for {@link Reason#OVERLAP}, the existing slot it overlaps (the earliest, if several);
     *                   {@code null} for the other reasons, and in the rare case the slot in the way kept
     *                   vanishing before it could be named
     */
    public record Skipped(LocalDateTime localStart, Instant startsAt, Reason reason, Clash clash) {
    }

    /** An existing slot that a new session would overlap. */
    public record Clash(long slotId, Instant startsAt, Instant endsAt) {
    }

    /** Why a session was skipped. */
    public enum Reason {
        /** It overlaps another live slot of the mentor. */
        OVERLAP,
        /** It would already have started. */
        PAST,
        /** Its local start does not exist that day (the clocks jump over it). */
        NONEXISTENT_LOCAL_TIME
    }
}
