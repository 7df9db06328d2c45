package io.mentorbot.telegram.calendar;

import io.mentorbot.telegram.callback.CallbackAction;
import io.mentorbot.telegram.callback.Verb;

/** A mentor's Google Calendar buttons (always about the presser's own connection). */
public sealed interface CalendarAction extends CallbackAction {

    /** Opens the Google Calendar connection screen (from the mentor's profile). */
    record ConnectCalendar() implements CalendarAction {
        public static final Verb<ConnectCalendar> VERB = Verb.of("gcc", ConnectCalendar.class, new ConnectCalendar());

        public String verb() { return VERB.name(); }
    }

    /** A mentor disconnects their Google Calendar. */
    record DisconnectCalendar() implements CalendarAction {
        public static final Verb<DisconnectCalendar> VERB = Verb.of("gcx", DisconnectCalendar.class,
                new DisconnectCalendar());

        public String verb() { return VERB.name(); }
    }
}
