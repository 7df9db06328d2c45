package io.mentorbot.calendar;

import java.io.IOException;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;

/**
 * Writes one event to a mentor's primary calendar, idempotently: the Google event id is derived from the event key,
 * so a retry after a lost answer finds the event instead of duplicating it.
 */
final class EventWriter {

    private static final String CALENDAR = "primary";
    private static final int PRECONDITION_RETRIES = 3;

    private final boolean meetLinks;

    EventWriter(boolean meetLinks) {
        this.meetLinks = meetLinks;
    }

    /** Creates or updates the event; returns what Google holds now. */
    MirroredEventRepository.Stored upsert(Calendar calendar, SyncTask task, MirroredEventRepository.Stored known)
            throws IOException {
        if (known == null) {
            return insertOrPatch(calendar, task);
        }
        try {
            return patch(calendar, task, known.event().googleEventId(), known.etag(), known.event().meetLink());
        } catch (IOException e) {
            if (GoogleFailures.hasStatus(e, 404, 410)) {
                // Gone from Google (deleted outside the bot): put it back.
                return insertOrPatch(calendar, task);
            }
            throw e;
        }
    }

    /** Deletes the event; an event that is already gone counts as deleted. */
    void delete(Calendar calendar, String googleEventId) throws IOException {
        try {
            calendar.events().delete(CALENDAR, googleEventId).setSendUpdates("none").execute();
        } catch (IOException e) {
            if (!GoogleFailures.hasStatus(e, 404, 410)) {
                throw e;
            }
        }
    }

    private MirroredEventRepository.Stored insertOrPatch(Calendar calendar, SyncTask task) throws IOException {
        String id = EventBody.eventId(task.ownerId(), task.eventKey());
        // The student hears from the bot (Telegram, e-mail with .ics): Google's own invitation would be a duplicate.
        Calendar.Events.Insert insert = calendar.events().insert(CALENDAR, EventBody.of(task, wantsMeet(task)).setId(id))
                .setSendUpdates("none");
        if (wantsMeet(task)) {
            insert.setConferenceDataVersion(1);
        }
        try {
            return EventBody.stored(task, insert.execute());
        } catch (IOException e) {
            if (GoogleFailures.hasStatus(e, 409)) {
                // It exists: an earlier attempt got through and only its answer was lost (or it was deleted and
                // lingers as cancelled). Overwrite it with what we want now.
                return patch(calendar, task, id, null, null);
            }
            throw e;
        }
    }

    /** Patches with {@code If-Match} on the known etag; on 412 someone else changed it, so re-read and try again. */
    private MirroredEventRepository.Stored patch(Calendar calendar, SyncTask task, String id, String etag,
                                                 String knownMeetLink) throws IOException {
        boolean askForMeet = wantsMeet(task) && knownMeetLink == null;
        String expected = etag;
        for (int attempt = 1; ; attempt++) {
            Calendar.Events.Patch patch = calendar.events().patch(CALENDAR, id, EventBody.of(task, askForMeet))
                    .setSendUpdates("none");
            if (askForMeet) {
                patch.setConferenceDataVersion(1);
            }
            if (expected != null) {
                patch.getRequestHeaders().setIfMatch(expected);
            }
            try {
                Event result = patch.execute();
                return EventBody.stored(task, result);
            } catch (IOException e) {
                if (!GoogleFailures.hasStatus(e, 412) || attempt == PRECONDITION_RETRIES) {
                    throw e;
                }
                expected = calendar.events().get(CALENDAR, id).execute().getEtag();
            }
        }
    }

    private boolean wantsMeet(SyncTask task) {
        return meetLinks && task.wantMeetLink();
    }
}
