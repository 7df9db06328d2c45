package io.mentorbot.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.EntryPoint;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;

/** Translation between a queued task and Google's {@link Event}. */
final class EventBody {

    private EventBody() {
    }

    /**
     * The Google event id of an event key. Google allows base32hex (a-v, 0-9), 5..1024 characters: lower-case hex of
     * SHA-256 fits and is always 64 long. Being derived, it is known before Google ever answers, which makes every
     * write idempotent.
     */
    static String eventId(long ownerId, String eventKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ownerId + ":" + eventKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event as the task wants it; asks for a Meet link when wanted and none is known yet. */
    static Event of(SyncTask task, boolean askForMeet) {
        Event event = new Event()
                .setSummary(task.title())
                .setDescription(task.description())
                .setStart(time(task.start()))
                .setEnd(time(task.end()))
                // A re-created booking may meet its old, cancelled event (409 on insert): confirmed revives it.
                .setStatus("confirmed")
                .setAttendees(task.attendeeEmail() == null ? List.of()
                        : List.of(new EventAttendee().setEmail(task.attendeeEmail())))
                .setExtendedProperties(new Event.ExtendedProperties()
                        .setPrivate(Map.of("mentorbotKey", task.eventKey())));
        if (askForMeet) {
            // requestId = event id: Google ignores a repeated request id, so retries never make a second meeting.
            event.setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                    .setRequestId(eventId(task.ownerId(), task.eventKey()))
                    .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))));
        }
        return event;
    }

    /** What Google answered, as we keep it. */
    static MirroredEventRepository.Stored stored(SyncTask task, Event event) {
        return new MirroredEventRepository.Stored(new MirroredEvent(task.ownerId(), task.eventKey(), event.getId(),
                meetLink(event)), event.getEtag());
    }

    private static EventDateTime time(Instant instant) {
        // Offset 0, so the RFC 3339 text does not depend on the JVM's default zone.
        return new EventDateTime().setDateTime(new DateTime(false, instant.toEpochMilli(), 0)).setTimeZone("UTC");
    }

    private static String meetLink(Event event) {
        if (event.getHangoutLink() != null) {
            return event.getHangoutLink();
        }
        ConferenceData conference = event.getConferenceData();
        if (conference == null || conference.getEntryPoints() == null) {
            return null;
        }
        return conference.getEntryPoints().stream()
                .filter(entry -> "video".equals(entry.getEntryPointType()))
                .map(EntryPoint::getUri)
                .findFirst().orElse(null);
    }
}
