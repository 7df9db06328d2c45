package io.mentorbot.calendar;

import java.time.Clock;
import java.util.Optional;

/** {@link CalendarMirror} over the durable task queue; {@link SyncWorker} does the Google side. */
final class QueuedMirror implements CalendarMirror {

    private final TaskQueue queue;
    private final MirroredEventRepository mirrored;
    private final Clock clock;

    QueuedMirror(TaskQueue queue, MirroredEventRepository mirrored, Clock clock) {
        this.queue = queue;
        this.mirrored = mirrored;
        this.clock = clock;
    }

    @Override
    public boolean mirrors(long ownerId) {
        return queue.hasConnection(ownerId);
    }

    @Override
    public void upsert(MentorCalendarEvent event) {
        queue.enqueueUpsert(event, clock.instant());
    }

    @Override
    public void remove(long ownerId, String eventKey) {
        queue.enqueueDelete(ownerId, MentorCalendarEvent.requireKey(eventKey), clock.instant());
    }

    @Override
    public Optional<MirroredEvent> mirrored(long ownerId, String eventKey) {
        return mirrored.find(ownerId, eventKey).map(MirroredEventRepository.Stored::event);
    }
}
