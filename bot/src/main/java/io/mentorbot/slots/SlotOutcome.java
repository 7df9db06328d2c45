package io.mentorbot.slots;

/** What became of a mentor's action on one of their slots. */
public enum SlotOutcome {
    /** The action was applied. */
    DONE,
    /** There is no such slot, or it belongs to another mentor (the two are not told apart on purpose). */
    NOT_FOUND_OR_NOT_YOURS,
    /** The slot is the mentor's, but its status does not allow the action (e.g. it was booked meanwhile). */
    WRONG_STATUS
}
