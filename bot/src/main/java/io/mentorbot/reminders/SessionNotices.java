package io.mentorbot.reminders;

import java.time.Duration;

import io.mentorbot.bookings.BookingView;

/**
 * The port through which reminders and follow-ups reach people; the Telegram adapter implements it. Each call sends
 * one message to one person and says whether it went out; a {@link Delivery#FAILED} message must not have been seen.
 */
public interface SessionNotices {

    /** Reminds the student ({@code toMentor == false}) or the mentor of the session, {@code lead} ahead of it. */
    Delivery remind(BookingView booking, Duration lead, boolean toMentor);

    /** Asks the mentor whether the session that just ended took place. */
    Delivery askWhetherHeld(BookingView booking);
}
