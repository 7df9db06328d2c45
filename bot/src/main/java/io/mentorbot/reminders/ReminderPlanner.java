package io.mentorbot.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.bookings.BookingCancelled;
import io.mentorbot.bookings.BookingConfirmed;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.bookings.BookingHoldExpired;
import io.mentorbot.bookings.BookingRescheduled;
import io.mentorbot.bookings.BookingStatus;
import io.mentorbot.bookings.BookingView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the reminders and the follow-up of each confirmed session, moves them when it is rescheduled and removes
 * them when it is cancelled. The listeners run synchronously inside the booking's transaction, and Quartz's JDBC
 * store joins it: the plan commits or rolls back with the booking change.
 */
@Service
public class ReminderPlanner {

    private final BookingDesk desk;
    private final SessionSchedule schedule;
    private final SentLog sent;
    private final ReminderRunner runner;
    private final ReminderSettings settings;
    private final Clock clock;

    ReminderPlanner(BookingDesk desk, SessionSchedule schedule, SentLog sent, ReminderRunner runner,
                    ReminderSettings settings, Clock clock) {
        this.desk = desk;
        this.schedule = schedule;
        this.sent = sent;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(BookingConfirmed event) {
        plan(event.bookingId(), Optional.of(event.booking()));
    }

    @EventListener
    void on(BookingRescheduled event) {
        sent.forgetReminders(event.bookingId());
        plan(event.bookingId());
    }

    @EventListener
    void on(BookingCancelled event) {
        schedule.clear(event.bookingId());
    }

    @EventListener
    void on(BookingHoldExpired event) {
        schedule.clear(event.bookingId());
    }

    /**
     * (Re)plans the booking's messages from its current time: a reminder for each lead time still ahead (a session
     * booked closer than a lead time skips that reminder) and the follow-up after the end.
     */
    @Transactional
    public void plan(long bookingId) {
        plan(bookingId, desk.find(bookingId));
    }

    private void plan(long bookingId, Optional<BookingView> found) {
        Map<PlannedNotice, Instant> plan = new LinkedHashMap<>();
        found.filter(booking -> booking.status() == BookingStatus.CONFIRMED).ifPresent(booking -> {
            Instant now = clock.instant();
            for (Duration lead : settings.leadTimes()) {
                Instant at = booking.startsAt().minus(lead);
                if (at.isAfter(now)) {
                    plan.put(PlannedNotice.reminder(bookingId, lead, booking.startsAt()), at);
                }
            }
            plan.put(PlannedNotice.followUp(bookingId, booking.startsAt()),
                    booking.endsAt().plus(settings.followUpDelay()));
        });
        schedule.replace(bookingId, plan);
    }

    /**
     * Runs a planned job now, in the caller's thread, exactly as Quartz would run it (it still sends only what is
     * due by the application's clock and not sent yet). For operators and tests; {@code job} is "remind-&lt;minutes&gt;"
     * or "follow-up". Returns false when no such job is planned.
     */
    public boolean runNow(long bookingId, String job) {
        return schedule.find(bookingId, job).map(notice -> {
            runner.run(notice);
            return true;
        }).orElse(false);
    }

    /** Has Quartz fire a planned job now, on its own threads. */
    public void fireNow(long bookingId, String job) {
        schedule.fireNow(bookingId, job);
    }
}
