package io.mentorbot.reminders;

import java.time.Duration;

import io.mentorbot.bookings.BookingView;

/**
 * The port through which reminders and follow-ups reach people; the Telegram adapter implements it. Each call queues
 * one message to one person in the caller's transaction (it goes out after the commit) and says whether it did;
 * a {@link Delivery#FAILED} message must not have been queued.
 */
public interface SessionNotices {

    /** Reminds the student ({@code toMentor == false}) or the mentor of the session, {@code lead} ahead of it. */
    Delivery remind(BookingView booking, Duration lead, boolean toMentor);

    /** Asks the mentor whether the session that just ended took place. */
    Delivery askWhetherHeld(BookingView booking);
}
