package io.mentorbot.calendarlink;

import io.mentorbot.accounts.AccountErased;
import io.mentorbot.calendar.CalendarConnections;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person who erases their account loses their Google Calendar connection: its tokens, queued writes and event
 * mapping are deleted in the erasing transaction, and the grant is revoked at Google once that commits (best
 * effort, logged either way). Without calendar sync configured nothing happens.
 */
@Component
class CalendarErasure {

    private final ObjectProvider<CalendarConnections> connections;

    CalendarErasure(ObjectProvider<CalendarConnections> connections) {
        this.connections = connections;
    }

    @EventListener
    void on(AccountErased event) {
        CalendarConnections calendars = connections.getIfAvailable();
        if (calendars != null) {
            calendars.forget(event.accountId());
        }
    }
}
