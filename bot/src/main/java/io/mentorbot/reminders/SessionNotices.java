package io.mentorbot.reminders;

import java.time.Duration;

import io.mentorbot.bookings.BookingView;

/**
 * The port through which reminders and follow-ups reach people: one implementation per channel (the Telegram adapter;
 * e-mail, for people without Telegram). Each call queues one message to one person in the caller's transaction (it
 * goes out after the commit) and says whether it did; a {@link Delivery#FAILED} message must not have been queued.
 * <p>
 * Delivery is per person: the channels are asked in their {@link org.springframework.core.annotation.Order} (Telegram
 * first), and the first that does not answer {@link Delivery#UNREACHABLE} for that person decides. So a person is
 * reached through exactly one channel, and one {@code reminders_sent} claim per booking, kind and person covers it.
 */
public interface SessionNotices {

    /** Reminds the student ({@code toMentor == false}) or the mentor of the session, {@code lead} ahead of it. */
    Delivery remind(BookingView booking, Duration lead, boolean toMentor);

    /** Asks the mentor whether the session that just ended took place. */
    Delivery askWhetherHeld(BookingView booking);
}
