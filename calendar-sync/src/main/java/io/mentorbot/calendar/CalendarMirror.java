package io.mentorbot.calendar;

import java.util.Optional;

/**
 * Mirrors sessions into mentors' Google Calendars. Both writes only enqueue a durable task in the caller's
 * transaction (a rolled back booking leaves no task; a committed one is never lost, even if the process dies right
 * after); {@link SyncWorker} applies the tasks in order per event key, retrying transient Google failures.
 * A mentor without a calendar connection is skipped silently; a broken connection keeps its tasks until the mentor
 * connects again.
 */
public interface CalendarMirror {

    /**
     * Whether the owner's events are mirrored at all: they have a calendar connection, working or broken. Without
     * one, {@link #upsert} and {@link #remove} do nothing, so a caller may skip preparing the event.
     */
    boolean mirrors(long ownerId);

    /** Creates the event, or brings it up to date if it exists. */
    void upsert(MentorCalendarEvent event);

    /** Deletes the event (nothing happens if it never reached Google). */
    void remove(long ownerId, String eventKey);

    /** What the event became in Google, once it got there. */
    Optional<MirroredEvent> mirrored(long ownerId, String eventKey);
}
