package io.mentorbot.calendar;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The smallest application that uses calendar-sync the way the bot does: auto-configured, on its own DataSource.
 *
 * <p>Named by the tests ({@code @SpringBootTest(classes = ...)}), and on purpose neither a
 * {@code @SpringBootConfiguration} nor a {@code @Configuration}: the bot's tests may run against this module's test
 * classes (they share its Google fake), and then neither their search for the application nor their component scan
 * of {@code io.mentorbot} may find this one.
 */
@EnableAutoConfiguration
class CalendarTestApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    /** What calendar-sync told the application. */
    static class PublishedEvents {

        final List<Object> all = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CalendarConnectionBroken event) {
            all.add(event);
        }

        @EventListener
        void on(CalendarEventMirrored event) {
            all.add(event);
        }
    }
}
