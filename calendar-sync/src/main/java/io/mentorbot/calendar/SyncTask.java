package io.mentorbot.calendar;

import java.time.Instant;

/** One queued write to Google, as claimed by a worker. Event fields are null for deletes. */
record SyncTask(long id, long ownerId, String eventKey, Kind kind, String title, String description, Instant start,
                Instant end, String attendeeEmail, boolean wantMeetLink, int attempts) {

    enum Kind { UPSERT, DELETE }
}
