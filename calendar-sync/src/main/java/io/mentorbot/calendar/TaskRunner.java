package io.mentorbot.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import com.google.api.services.calendar.Calendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Carries out one claimed task against Google and settles it in the queue: done, waiting or rescheduled. */
final class TaskRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

    private final TaskQueue queue;
    private final MirroredEventRepository mirrored;
    private final AccessTokens tokens;
    private final CalendarClients clients;
    private final EventWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Backoff backoff;

    TaskRunner(TaskQueue queue, MirroredEventRepository mirrored, AccessTokens tokens, CalendarClients clients,
               EventWriter writer, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
               Backoff backoff) {
        this.queue = queue;
        this.mirrored = mirrored;
        this.tokens = tokens;
        this.clients = clients;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.backoff = backoff;
    }

    void run(SyncTask task) {
        if (queue.hasNewer(task)) {
            // Every task carries the whole wanted state of its event, so a newer one makes this one moot.
            queue.complete(task.id());
            return;
        }
        try {
            Calendar calendar = clients.forToken(tokens.forOwner(task.ownerId()));
            if (task.kind() == SyncTask.Kind.UPSERT) {
                MirroredEventRepository.Stored result = writer.upsert(calendar, task,
                        mirrored.find(task.ownerId(), task.eventKey()).orElse(null));
                transactions.executeWithoutResult(status -> {
                    mirrored.save(result, clock.instant());
                    queue.complete(task.id());
                    MirroredEvent event = result.event();
                    events.publishEvent(new CalendarEventMirrored(event.ownerId(), event.eventKey(),
                            event.googleEventId(), event.meetLink()));
                });
            } else {
                // By the derived id, not the stored one: the create's answer may have been lost before it was stored.
                writer.delete(calendar, EventBody.eventId(task.ownerId(), task.eventKey()));
                transactions.executeWithoutResult(status -> {
                    mirrored.delete(task.ownerId(), task.eventKey());
                    queue.complete(task.id());
                });
            }
        } catch (ConnectionUnavailable e) {
            // Claims skip owners that are not CONNECTED; the task waits there until the mentor reconnects.
            queue.retryAt(task.id(), clock.instant(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            reschedule(task, e);
        }
    }

    private void reschedule(SyncTask task, Exception e) {
        if (GoogleFailures.hasStatus(e, 401)) {
            tokens.forget(task.ownerId());
        }
        boolean transientFailure = GoogleFailures.isTransient(e);
        // A refusal that will not go away still keeps its task (never dropped), retried at the slowest pace;
        // a newer task for the same event replaces it on its next turn.
        Duration delay = transientFailure ? backoff.after(task.attempts()) : backoff.cap();
        String error = GoogleFailures.describe(e);
        if (transientFailure) {
            log.info("Calendar task {} ({}) failed, attempt {}, retry in {}: {}", task.id(), task.eventKey(),
                    task.attempts(), delay, error);
        } else {
            log.warn("Calendar task {} ({}) refused by Google, attempt {}, retry in {}: {}", task.id(),
                    task.eventKey(), task.attempts(), delay, error, e);
        }
        queue.retryAt(task.id(), clock.instant().plus(delay), error);
    }
}
